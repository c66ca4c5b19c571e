// Builds snippets/kehoach.json from the clause library, so snippets and quick fixes share one text.
import { CLAUSES, clause, yamlBlock, type ClauseId, type YamlValue } from '../core/src';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

// Clause placeholders become tab stops; the same name is the same stop, so it is typed once.
const TAB_STOPS: Record<string, string> = {
  '{xa}': '${1:xã Tên xã}',
  '{nam}': '${2:$CURRENT_YEAR}',
  '{don_vi}': '${3:Phòng Văn hóa - Xã hội}',
  '{viet_tat}': '${4:VHXH}',
  '{ten}': '${5:tuyên truyền cải cách hành chính nhà nước}',
};

function toSnippet(lines: string[]): string[] {
  return lines.map((line) =>
    line
      .replace(/\{(xa|nam|don_vi|viet_tat|ten)\}/g, (token) => TAB_STOPS[token])
      // An empty value (the signer's name) becomes the final stop.
      .replace(/^(\s*ho_ten): ""$/, '$1: ${6:Họ và tên}'),
  );
}

const block = (id: ClauseId) => yamlBlock(clause(id).key, clause(id).value);

// Clause text is literal: a "$" in it would be read as snippet syntax.
for (const entry of CLAUSES) {
  if (JSON.stringify(entry.value).includes('$')) throw new Error(`clause ${entry.id} contains "$"`);
}
const UNITS = 'Phòng Văn hóa - Xã hội,Văn phòng HĐND và UBND xã,Phòng Kinh tế,Trung tâm Phục vụ hành chính công xã,Trung tâm Dịch vụ sự nghiệp công';
const TYPES = 'Nghị quyết,Quyết định,Chỉ thị,Nghị định,Công văn,Kế hoạch,Kết luận';
/** An appendix row whose tab stops start at `first`. */
const taskRow = (first: number) => [
  `- ten: \${${first}:Tên nhiệm vụ}`,
  `  hinh_thuc: \${${first + 1}:Hình thức thực hiện}`,
  `  san_pham: \${${first + 2}:Sản phẩm}`,
  `  chu_tri: \${${first + 3}|${UNITS}|}`,
  `  phoi_hop: \${${first + 4}:Đơn vị phối hợp}`,
  `  thoi_gian: \${${first + 5}:Quý I/$CURRENT_YEAR}$0`,
];

function skeleton(): string[] {
  const header: YamlValue = {
    loai: 'ke-hoach',
    co_quan: 'Ủy ban nhân dân {xa}',
    so: '/KH-UBND',
    dia_danh: '${7:Tên xã}',
    ngay: '$CURRENT_YEAR-$CURRENT_MONTH',
    trich_yeu: 'Tuyên truyền cải cách hành chính nhà nước {xa} năm {nam}',
  };
  const lines: string[] = [];
  const section = (part: string[]) => lines.push(...part, '');
  section(Object.entries(header).map(([key, value]) => `${key}: ${value}`));
  section(['can_cu:', '  - ${8:Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030}']);
  section(['loi_dan: "Ủy ban nhân dân {xa} ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước năm {nam} như sau:"']);
  section(block('muc_dich'));
  section(block('yeu_cau'));
  section(['noi_dung:', '  - ${9:Nội dung tuyên truyền}']);
  for (const id of ['nhiem_vu_cu_the', 'kinh_phi', 'to_chuc_thuc_hien', 'bao_cao', 'noi_nhan', 'nguoi_ky'] as ClauseId[]) section(block(id));
  section(['phu_luc:', '  tieu_de: Nhiệm vụ thông tin, tuyên truyền cải cách hành chính năm {nam}']);
  return [...toSnippet(lines), 'nhiem_vu:', ...taskRow(10).map((line) => '  ' + line)];
}

export function snippetsFile(): string {
  const snippets: Record<string, Snippet> = {
    'Kế hoạch: khung đầy đủ': {
      prefix: ['kehoach', 'ke-hoach'],
      description: 'Khung kế hoạch đầy đủ theo Nghị định 30/2020/NĐ-CP (plan skeleton)',
      body: skeleton(),
    },
    'Căn cứ': {
      prefix: ['can-cu'],
      description: 'Một căn cứ pháp lý (legal basis)',
      body: [`- \${1|${TYPES}|} số \${2:số/ký hiệu} ngày \${3:ngày/tháng/năm} của \${4:cơ quan ban hành} \${5:về việc ...}$0`],
    },
    'Nhiệm vụ (dòng phụ lục)': {
      prefix: ['nhiem-vu', 'task'],
      description: 'Một dòng nhiệm vụ của phụ lục (appendix task row)',
      body: taskRow(1),
    },
    'Đơn vị (tổ chức thực hiện)': {
      prefix: ['don-vi'],
      description: 'Một khối đơn vị trong tổ chức thực hiện (unit block)',
      body: [`- don_vi: \${1|${UNITS}|}`, '  nhiem_vu:', '    - ${2:Nhiệm vụ của đơn vị}$0'],
    },
    'Đơn vị được đề nghị': {
      prefix: ['de-nghi'],
      description: 'Khối "Đề nghị ..." cho Mặt trận, Đảng ủy (request block)',
      body: [
        '- don_vi: ${1:Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội}',
        '  de_nghi: true',
        '  nhiem_vu: ${2:Phối hợp tuyên truyền, vận động Nhân dân thực hiện cải cách hành chính.}$0',
      ],
    },
  };
  // One snippet per clause of the library, under the key it fills.
  for (const entry of CLAUSES) {
    const prefix = entry.id.replace(/_/g, '-');
    snippets[`Đoạn chuẩn: ${entry.title.vi}`] = {
      prefix: [prefix],
      description: `${entry.title.vi} (${entry.title.en})`,
      body: toSnippet(yamlBlock(entry.key, entry.value)),
    };
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}
