/** A small plan that passes every rule; tests add or change one thing at a time. */
export const MINIMAL_PLAN = `loai: ke-hoach
co_quan: Ủy ban nhân dân xã Tiên Lãng
so: /KH-UBND
dia_danh: Tiên Lãng
ngay: 2026-01
trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026
can_cu:
  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030
noi_nhan:
  - Các cơ quan, đơn vị liên quan
  - "Lưu: VT, VHXH"
nguoi_ky:
  thay_mat: ỦY BAN NHÂN DÂN
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
`;

/** The minimal plan with every standard section, so that it passes every rule. */
export const COMPLETE_PLAN = `${MINIMAL_PLAN}muc_dich:
  - Nâng cao nhận thức.
yeu_cau:
  - Thường xuyên, kịp thời.
noi_dung:
  - Tuyên truyền chủ trương.
kinh_phi: Ngân sách xã năm 2026.
to_chuc_thuc_hien:
  - don_vi: Phòng Văn hóa - Xã hội
    nhiem_vu: Chủ trì.
bao_cao:
  - Báo cáo hằng quý về Ủy ban nhân dân xã.
`;

/** The minimal plan with an appendix made of the given task rows (YAML text of each row's fields). */
export function planWithTasks(...rows: string[]): string {
  const body = rows
    .map((row) => {
      const lines = row.trim().split('\n');
      return ['  - ' + lines[0], ...lines.slice(1).map((line) => '    ' + line)].join('\n');
    })
    .join('\n');
  return `${MINIMAL_PLAN}nhiem_vu:\n${body}\n`;
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, index).split('\n').length;
}
