// The standard clauses of a commune plan, written once in correct administrative Vietnamese.
// Quick fixes fill the {placeholders} from the plan; the snippets (snippets/kehoach.json, generated
// by `npm run docs`) turn them into tab stops. Placeholders:
//   {xa}        the commune as written in the plan, e.g. "xã Tiên Lãng"
//   {nam}       the plan's year
//   {don_vi}    the drafting unit, e.g. "Phòng Văn hóa - Xã hội"
//   {viet_tat}  its abbreviation for "Lưu: VT, …", e.g. "VHXH"
//   {ten}       the plan's subject line, e.g. "tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026"
import type { YamlValue } from './yaml-text';

export type ClauseId =
  | 'muc_dich'
  | 'yeu_cau'
  | 'nhiem_vu_cu_the'
  | 'kinh_phi'
  | 'to_chuc_thuc_hien'
  | 'bao_cao'
  | 'bao_cao_che_do'
  | 'noi_nhan'
  | 'nguoi_ky'
  | 'nguoi_ky_kt'
  | 'nguoi_ky_quyet_dinh';

export interface Clause {
  id: ClauseId;
  /** The top-level key the clause fills. */
  key: string;
  title: { vi: string; en: string };
  /** The value, with {placeholders}. */
  value: YamlValue;
}

export const REPORTING_CYCLE =
  'Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý, 06 tháng, năm (trước ngày 10 tháng cuối của quý, năm) về Ủy ban nhân dân {xa} (qua {don_vi}) để tổng hợp.';

export const CLAUSES: readonly Clause[] = [
  {
    id: 'muc_dich',
    key: 'muc_dich',
    title: { vi: 'Mục đích', en: 'Purpose' },
    value: [
      'Đẩy mạnh công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm thực hiện cải cách hành chính của cán bộ, công chức, viên chức và người lao động; tạo sự đồng thuận của người dân, tổ chức trong thực hiện các mục tiêu, nhiệm vụ cải cách hành chính nhà nước năm {nam}.',
      'Phát huy vai trò của hệ thống thông tin cơ sở trong việc phản ánh chính xác, kịp thời những mặt tích cực cũng như những hạn chế trong công tác cải cách hành chính trên địa bàn {xa}.',
    ],
  },
  {
    id: 'yeu_cau',
    key: 'yeu_cau',
    title: { vi: 'Yêu cầu', en: 'Requirements' },
    value: [
      'Công tác tuyên truyền phải được thực hiện thường xuyên, liên tục, kịp thời, chính xác; bám sát nhiệm vụ cải cách hành chính năm {nam} của {xa}.',
      'Lồng ghép tuyên truyền cải cách hành chính với phổ biến, giáo dục pháp luật; đa dạng hình thức, phù hợp với từng nhóm đối tượng.',
    ],
  },
  {
    id: 'nhiem_vu_cu_the',
    key: 'nhiem_vu_cu_the',
    title: { vi: 'Nhiệm vụ cụ thể (dẫn tới phụ lục)', en: 'Specific tasks (points to the appendix)' },
    value:
      'Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Kế hoạch này tập trung triển khai, bảo đảm chất lượng, tiến độ các nhiệm vụ được giao chủ trì.',
  },
  {
    id: 'kinh_phi',
    key: 'kinh_phi',
    title: { vi: 'Kinh phí thực hiện', en: 'Budget' },
    value: 'Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách {xa} năm {nam} và các nguồn hợp pháp khác theo quy định.',
  },
  {
    id: 'to_chuc_thuc_hien',
    key: 'to_chuc_thuc_hien',
    title: { vi: 'Tổ chức thực hiện (đơn vị soạn thảo)', en: 'Implementation (drafting unit)' },
    value: [
      {
        don_vi: '{don_vi}',
        nhiem_vu: [
          'Chủ trì, tham mưu Ủy ban nhân dân {xa} tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện.',
          'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch theo quy định.',
        ],
      },
    ],
  },
  {
    id: 'bao_cao',
    key: 'bao_cao',
    title: { vi: 'Kết thúc và chế độ báo cáo', en: 'Closing and reporting' },
    value: [
      REPORTING_CYCLE,
      'Trên đây là Kế hoạch {ten} của Ủy ban nhân dân {xa}. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
    ],
  },
  {
    id: 'bao_cao_che_do',
    key: 'bao_cao',
    title: { vi: 'Chế độ báo cáo', en: 'Reporting cycle' },
    value: [REPORTING_CYCLE],
  },
  {
    id: 'noi_nhan',
    key: 'noi_nhan',
    title: { vi: 'Nơi nhận', en: 'Recipients' },
    value: [
      'Sở Nội vụ',
      'Thường trực Đảng ủy {xa}',
      'Thường trực HĐND {xa}',
      'Chủ tịch, các Phó Chủ tịch UBND {xa}',
      'Các cơ quan, đơn vị liên quan',
      'Lưu: VT, {viet_tat}',
    ],
  },
  {
    id: 'nguoi_ky',
    key: 'nguoi_ky',
    title: { vi: 'Người ký: TM. Ủy ban nhân dân, Chủ tịch', en: 'Signer: on behalf of the committee, the Chairperson' },
    value: { thay_mat: 'ỦY BAN NHÂN DÂN', chuc_vu: 'CHỦ TỊCH', ho_ten: '' },
  },
  {
    id: 'nguoi_ky_kt',
    key: 'nguoi_ky',
    title: { vi: 'Người ký: TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch', en: 'Signer: a Vice-Chairperson signing for the Chairperson' },
    value: { thay_mat: 'ỦY BAN NHÂN DÂN', ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: '' },
  },
  {
    id: 'nguoi_ky_quyet_dinh',
    key: 'nguoi_ky',
    title: { vi: 'Người ký quyết định của Chủ tịch', en: "Signer of the Chairperson's decision" },
    value: { chuc_vu: 'CHỦ TỊCH', ho_ten: '' },
  },
];

export function clause(id: ClauseId): Clause {
  const found = CLAUSES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
}

/** Abbreviations used after "Lưu: VT," for the usual drafting units. */
export const DRAFTING_UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  VHXH: 'Phòng Văn hóa - Xã hội',
  'VH-XH': 'Phòng Văn hóa - Xã hội',
  VP: 'Văn phòng HĐND và UBND xã',
  KT: 'Phòng Kinh tế',
  KTHTĐT: 'Phòng Kinh tế, Hạ tầng và Đô thị',
  TTPVHCC: 'Trung tâm Phục vụ hành chính công xã',
};

export interface ClauseContext {
  xa: string;
  nam: string;
  don_vi: string;
  viet_tat: string;
  ten: string;
}

/** Fills {placeholders}; a value left empty (the signer's name) stays empty for the drafter. */
export function fillClause(value: YamlValue, context: ClauseContext): YamlValue {
  if (typeof value === 'string') return value.replace(/\{(xa|nam|don_vi|viet_tat|ten)\}/g, (_, name: keyof ClauseContext) => context[name]);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => fillClause(item, context));
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fillClause(child, context)]));
}
