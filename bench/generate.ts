// Generator of realistic commune plans for the benchmark: the clean example's sections, a few paragraphs
// that cite legal documents, and an appendix of `tasks` rows. About one row in eight is broken on purpose
// (no lead, no time, vague or double lead, a misspelt or outdated unit, an unreadable time, a time outside the
// period, the time written in the description, a mistyped key, a wrong citation date), so every domain rule has
// work to do. Deterministic: the same (tasks, seed) always gives the same text.

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  'Phòng Văn hóa - Xã hội',
  'Văn phòng HĐND và UBND xã',
  'Phòng Kinh tế',
  'Trung tâm Phục vụ hành chính công xã',
  'Trung tâm Dịch vụ sự nghiệp công',
  'Trung tâm Văn hóa, Thể thao và Truyền thông xã',
];
const PARTNERS = [...UNITS, 'Tổ Công nghệ số cộng đồng', 'Công an xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'];
const TOPICS = [
  'chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách hành chính',
  'kết quả sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp',
  'cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công xã',
  'dịch vụ công trực tuyến và thanh toán trực tuyến thủ tục hành chính',
  'công khai, minh bạch ngân sách và tiết kiệm, chống lãng phí',
  'xây dựng chính quyền số, chuyển đổi số và ứng dụng công nghệ thông tin',
  'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  'quy tắc ứng xử của cán bộ, công chức, viên chức trong thi hành công vụ',
];
const AUDIENCES = ['cán bộ, công chức, viên chức', 'người dân và doanh nghiệp', 'đoàn viên, hội viên các đoàn thể', 'học sinh và phụ huynh', 'Nhân dân các thôn'];
const FORMS = [
  'Tin, bài trên hệ thống truyền thanh xã; lồng ghép tại các cuộc họp thôn',
  'Tin, bài, ảnh trên Cổng Thông tin điện tử xã và trang mạng xã hội của xã',
  'Hội nghị, tọa đàm; tài liệu phát tay tại Trung tâm Phục vụ hành chính công xã',
  'Pano, băng rôn, khẩu hiệu tại trụ sở và nơi đông dân cư',
];
const PRODUCTS = ['Tin, bài phát thanh', 'Ít nhất 04 tin, bài mỗi tháng', 'Báo cáo kết quả thực hiện', 'Số lượt người được hướng dẫn', 'Hội nghị được tổ chức'];
const TIMES = ['Thường xuyên', 'Hằng tháng', 'Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026', 'Tháng 6/2026', 'Trước ngày 30/6/2026', 'Năm 2026', '02 cuộc/năm', 'Từ tháng 5 đến tháng 12/2026'];
const CITATIONS = [
  'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ',
  'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ',
  'Quyết định số 1588/QĐ-TTg ngày 17/12/2024 của Thủ tướng Chính phủ',
  'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ',
];

/** The kinds of breakage, each in roughly one row out of `BROKEN_EVERY * kinds`. */
const BREAKAGES = [
  'mistyped-key',
  'no-lead',
  'no-time',
  'vague-lead',
  'two-leads',
  'variant-unit',
  'outdated-unit',
  'unreadable-time',
  'outside-period',
  'time-in-description',
  'wrong-citation-date',
] as const;
const BROKEN_EVERY = 8;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** One appendix row (two-space indented list item under `nhiem_vu:`). */
export function taskRow(index: number, rnd: () => number): string {
  const broken = index % BROKEN_EVERY === BROKEN_EVERY - 1 ? BREAKAGES[Math.floor(index / BROKEN_EVERY) % BREAKAGES.length] : undefined;
  const topic = pick(rnd, TOPICS);
  const audience = pick(rnd, AUDIENCES);
  let lead: string | undefined = pick(rnd, UNITS);
  let time: string | undefined = pick(rnd, TIMES);
  const citation = pick(rnd, CITATIONS);
  let detail = `Triển khai ${citation} đến ${audience}`;
  let leadKey = 'chu_tri';
  if (broken === 'no-lead') lead = undefined;
  if (broken === 'no-time') time = undefined;
  if (broken === 'vague-lead') lead = 'Các cơ quan, đơn vị';
  if (broken === 'two-leads') lead = 'Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ sự nghiệp công';
  if (broken === 'variant-unit') lead = 'Phòng Văn hóa, Xã hội xã';
  if (broken === 'outdated-unit') lead = 'Phòng Văn hóa và Thông tin';
  if (broken === 'unreadable-time') time = 'Sớm nhất có thể';
  if (broken === 'outside-period') time = 'Quý I/2027';
  if (broken === 'time-in-description') detail = `${detail}. Thời gian thực hiện: Tháng 11/2026`;
  if (broken === 'mistyped-key') leadKey = 'chu_trii';
  if (broken === 'wrong-citation-date') detail = 'Triển khai Nghị quyết số 76/NQ-CP ngày 15/8/2021 của Chính phủ đến cán bộ, công chức, viên chức';
  const partners = rnd() < 0.3 ? [pick(rnd, PARTNERS), pick(rnd, PARTNERS)] : pick(rnd, PARTNERS);
  const lines = [
    `  - ten: Tuyên truyền về ${topic} (đợt ${index + 1})`,
    // Every other row has a description line (with a citation in it).
    ...(index % 2 === 0 || broken === 'time-in-description' || broken === 'wrong-citation-date' ? [`    chi_tiet:`, `      - ${detail}`] : []),
    `    hinh_thuc: ${pick(rnd, FORMS)}`,
    `    san_pham: ${pick(rnd, PRODUCTS)}`,
  ];
  if (lead !== undefined) lines.push(`    ${leadKey}: ${lead}`);
  if (Array.isArray(partners)) lines.push(`    phoi_hop:`, ...partners.map((p) => `      - ${p}`));
  else lines.push(`    phoi_hop: ${partners}`);
  if (time !== undefined) lines.push(`    thoi_gian: ${time}`);
  return lines.join('\n') + '\n';
}

const HEADER = `# Kế hoạch sinh tự động cho đo hiệu năng (bench/generate.ts); một số dòng phụ lục cố ý sai.
loai: ke-hoach
co_quan: Ủy ban nhân dân xã Tiên Lãng
so: 12/KH-UBND
dia_danh: Tiên Lãng
ngay: 2026-01-20
trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026
ky: năm 2026

can_cu:
  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
  - Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
  - Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về việc xây dựng kế hoạch cải cách hành chính và thực hiện chế độ báo cáo định kỳ
  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng năm 2026

thuc_hien:
  - Quyết định số 5256/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc ban hành Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026

loi_dan: "Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026 như sau:"

muc_dich:
  - Đẩy mạnh công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm thực hiện cải cách hành chính của cán bộ, công chức, viên chức và người lao động; nâng cao sự đồng thuận của người dân, tổ chức về các mục tiêu, nhiệm vụ cải cách hành chính nhà nước.
  - Phát huy vai trò của hệ thống thông tin cơ sở trong việc phản ánh chính xác, kịp thời những mặt tích cực cũng như những hạn chế trong công tác cải cách hành chính trên địa bàn xã.

yeu_cau:
  - Công tác tuyên truyền phải bám sát Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026, thực hiện thường xuyên, liên tục, kịp thời, chính xác.
  - Lồng ghép tuyên truyền cải cách hành chính với phổ biến, giáo dục pháp luật; đa dạng hình thức, phù hợp với từng nhóm đối tượng.

noi_dung:
  - doan: "Công tác thông tin, tuyên truyền cải cách hành chính năm 2026 tập trung vào những nội dung trọng tâm sau:"
  - Tuyên truyền, phổ biến các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính; tình hình triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 ban hành tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.
  - muc: Tuyên truyền các nhiệm vụ cải cách hành chính năm 2026 của xã
    y:
      - Cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công xã theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.
      - Xây dựng, phát triển chính quyền điện tử, chính quyền số; hướng dẫn người dân sử dụng dịch vụ công trực tuyến.
  - Tuyên truyền biểu dương các mô hình, điển hình tiên tiến, cách làm hay trong cải cách hành chính.

hinh_thuc:
  - Đăng tải tin, bài, ảnh trên Cổng Thông tin điện tử xã và hệ thống truyền thanh cơ sở.
  - Tổ chức tuyên truyền cổ động trực quan bằng băng rôn, khẩu hiệu tại trụ sở và nơi đông dân cư.
  - Lồng ghép tuyên truyền trong các hội nghị, cuộc họp định kỳ của cơ quan, đơn vị và sinh hoạt thôn.

nhiem_vu_cu_the: Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Kế hoạch này tập trung triển khai, bảo đảm chất lượng, tiến độ các nhiệm vụ được giao chủ trì.

kinh_phi: Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 và các nguồn hợp pháp khác theo quy định.

to_chuc_thuc_hien:
  - don_vi: Phòng Văn hóa - Xã hội
    nhiem_vu:
      - Chủ trì, tham mưu Ủy ban nhân dân xã tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện.
      - Tổng hợp, báo cáo kết quả thực hiện Kế hoạch theo quy định.
  - don_vi: Văn phòng HĐND và UBND xã
    nhiem_vu: Duy trì chuyên mục “Cải cách hành chính” trên Cổng Thông tin điện tử xã; cập nhật kịp thời các thủ tục hành chính mới ban hành, sửa đổi, bổ sung.
  - don_vi: Phòng Kinh tế
    nhiem_vu: Phối hợp với Phòng Văn hóa - Xã hội tham mưu bố trí kinh phí thực hiện Kế hoạch.
  - don_vi: Trung tâm Phục vụ hành chính công xã
    nhiem_vu: Niêm yết công khai thủ tục hành chính; hướng dẫn tổ chức, cá nhân nộp hồ sơ và thanh toán trực tuyến.
  - don_vi: Trung tâm Dịch vụ sự nghiệp công
    nhiem_vu: Xây dựng chuyên mục, tin, bài tuyên truyền cải cách hành chính trên hệ thống truyền thanh xã.
  - don_vi: Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội
    de_nghi: true
    nhiem_vu: Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia, giám sát việc thực hiện cải cách hành chính.

bao_cao:
  - "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý, 06 tháng, năm (trước ngày 10 tháng cuối của quý, năm) về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để tổng hợp."
  - Trên đây là Kế hoạch tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.

noi_nhan:
  - Sở Nội vụ
  - Thường trực Đảng ủy xã
  - Thường trực HĐND xã
  - Chủ tịch, các Phó Chủ tịch UBND xã
  - Các cơ quan, đơn vị liên quan
  - "Lưu: VT, VHXH"

nguoi_ky:
  thay_mat: ỦY BAN NHÂN DÂN
  ky_thay: CHỦ TỊCH
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Phạm Thị Lan

phu_luc:
  tieu_de: Nhiệm vụ thông tin, tuyên truyền cải cách hành chính năm 2026

nhiem_vu:
`;

/** A plan with `tasks` appendix rows (10 ≈ 12 KB, 200 ≈ 100 KB, 2,000 ≈ 1 MB). */
export function generatePlan(tasks: number, seed = 1): string {
  const rnd = random(seed);
  let text = HEADER;
  for (let i = 0; i < tasks; i++) text += taskRow(i, rnd);
  return text;
}

if (require.main === module) {
  const tasks = Number(process.argv[2] ?? 10);
  process.stdout.write(generatePlan(tasks, Number(process.argv[3] ?? 1)));
}
