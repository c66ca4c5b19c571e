// Warm-up after start: a few checks of a small sample plan, a few edits of it, then checks of a longer plan, so
// that the first real check and the first keystrokes do not pay for compiling the code, the regular expressions
// and the hot paths. Each step runs in its own turn of the event loop and the warm-up stops as soon as a document is
// open: it never delays a real check by more than one small step.
import { lintText, type Language, type LintResult } from '../../core/src';

const SAMPLE = `loai: ke-hoach
co_quan: Ủy ban nhân dân xã Tiên Lãng
so: 12/KH-UBND
dia_danh: Tiên Lãng
ngay: 2026-01-20
trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026
can_cu:
  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch tuyên truyền
muc_dich:
  - Đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính trên địa bàn huyện; “Chủ động thực thi”.
  - muc: Tuyên truyền các nhiệm vụ cải cách hành chính năm 2026
    y:
      - Thời gian thực hiện: Tháng 11/2026
noi_dung: Tuyên truyền Đề án 06 và Luật Tổ chức chính quyền địa phương ngày 16/6/2025.
kinh_phi: Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026.
to_chuc_thuc_hien:
  - don_vi: Phòng Văn hóa - Xã hội
    nhiem_vu: Chủ trì, phối hợp với Văn phòng HĐND và UBND xã tham mưu triển khai Kế hoạch.
  - don_vi: Ủy ban Mặt trận Tổ quốc Việt Nam xã
    de_nghi: true
    nhiem_vu: Phối hợp tuyên truyền.
noi_nhan:
  - Các cơ quan, đơn vị liên quan
  - "Lưu: VT, VHXH"
nguoi_ky:
  thay_mat: ỦY BAN NHÂN DÂN
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
nhiem_vu:
  - ten: Tuyên truyền về cơ chế một cửa tại Trung tâm Phục vụ hành chính công xã
    chi_tiet:
      - Triển khai Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ
    hinh_thuc: Tin, bài trên hệ thống truyền thanh xã
    chu_tri: Phòng Văn hóa, Xã hội xã
    phoi_hop:
      - Trung tâm Dịch vụ sự nghiệp công
      - Công an xã
    thoi_gian: Quý II/2026
  - ten: Khảo sát sự hài lòng của người dân
    chu_tri: Các cơ quan, đơn vị
    phoi_hop: Phòng Văn hóa và Thông tin
    thoi_gian: Sớm nhất có thể
  - ten: Hướng dẫn dịch vụ công trực tuyến
    chu_trii: Trung tâm Phục vụ hành chính công xã
    thoi_gian: Trước ngày 30/6/2027
`;

const TASKS_AT = SAMPLE.indexOf('nhiem_vu:\n') + 'nhiem_vu:\n'.length;
const TASK_ROWS = SAMPLE.slice(TASKS_AT);
const QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * The sample with its task rows repeated `copies` times, each copy's texts its own (the analyses keep what they
 * found per distinct text: repeated texts would be looked up, not analysed, and warm little).
 */
function longerSample(copies: number, round: number): string {
  const rows: string[] = [];
  for (let i = 0; i < copies; i++) {
    rows.push(
      TASK_ROWS.replace(/(ten: .*)/g, `$1 (đợt ${round * copies + i + 1})`)
        .replace('Quý II/2026', `Quý ${QUARTERS[i % 4]}/2026`)
        .replace('30/6/2027', `${1 + (i % 28)}/${1 + (i % 12)}/2026`),
    );
  }
  return SAMPLE.slice(0, TASKS_AT) + rows.join('');
}

/** Longer plans of 36 task rows (~9 KB), four of them: one check is a step of 10–20 ms (a plan opened meanwhile waits at most that). */
const LONGER_COPIES = 12;
const LONGER_ROUNDS = 4;

/** Runs the warm-up in small steps; `busy()` says a real document is open (the warm-up then stops). */
export function warmUp(lang: () => Language, busy: () => boolean, onError: (error: unknown) => void): void {
  let text = SAMPLE;
  let last: LintResult | undefined;
  const steps: (() => void)[] = [];
  for (let i = 0; i < 3; i++) steps.push(() => void lintText(text + ' '.repeat(i), { lang: lang() }));
  steps.push(() => (last = lintText(text, { lang: lang() })));
  // Typing into a task row, a unit cell and a paragraph: the incremental path.
  for (const [i, needle] of ['cơ chế một cửa', 'Phòng Văn hóa, Xã hội xã', 'dự toán', 'Khảo sát', 'Quý II/2026', 'ngân sách'].entries()) {
    steps.push(() => {
      const at = text.indexOf(needle);
      if (at === -1) return;
      text = text.slice(0, at) + 'xyz '[i % 4] + text.slice(at);
      last = lintText(text, { lang: lang(), previous: last?.plan });
    });
  }
  // Hundreds of rows make the parser's and the rules' hot paths optimised: measured in process, the first check of a
  // 2,000-task plan is then ~10 % faster.
  for (let round = 0; round < LONGER_ROUNDS; round++) steps.push(() => void lintText(longerSample(LONGER_COPIES, round), { lang: lang() }));
  const next = (): void => {
    const step = steps.shift();
    if (!step || busy()) return;
    try {
      step();
    } catch (error) {
      onError(error);
      return;
    }
    setImmediate(next);
  };
  setImmediate(next);
}
