import type { Language } from '../types';

// The one catalogue of user-facing text. Vietnamese first; English for editors running in English.
// Placeholders are written {name} and filled by `t`.
const catalogue = {
  'yaml.syntax': {
    vi: 'Lỗi cú pháp YAML: {detail}',
    en: 'YAML syntax error: {detail}',
  },
  'yamlError.BAD_INDENT': {
    vi: 'thụt lề không đúng; các khóa cùng cấp phải thẳng cột với nhau',
    en: 'bad indentation; keys at one level must start in the same column',
  },
  'yamlError.TAB_AS_INDENT': {
    vi: 'không được dùng phím Tab để thụt lề, hãy dùng dấu cách',
    en: 'tabs cannot be used for indentation; use spaces',
  },
  'yamlError.DUPLICATE_KEY': { vi: 'khóa bị lặp lại trong cùng một nhóm', en: 'duplicate key in one mapping' },
  'yamlError.MISSING_CHAR': {
    vi: 'thiếu ký tự đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
    en: 'a closing character is missing (quote, bracket or brace)',
  },
  'yamlError.BLOCK_AS_IMPLICIT_KEY': {
    vi: "văn bản có dấu ': ' bị hiểu nhầm là khóa; hãy đặt cả giá trị trong ngoặc kép",
    en: "text containing ': ' is read as a key; put the whole value in double quotes",
  },
  'yamlError.MULTILINE_IMPLICIT_KEY': {
    vi: "khóa không được kéo dài nhiều dòng; có thể thiếu dấu ':' hoặc giá trị chưa được đặt trong ngoặc kép",
    en: "a key cannot span lines; a ':' may be missing or a value needs quotes",
  },
  'yamlError.BAD_SCALAR_START': {
    vi: 'giá trị không được bắt đầu bằng ký tự này; hãy đặt cả giá trị trong ngoặc kép',
    en: 'a plain value cannot start with this character; put the value in double quotes',
  },
  'yamlError.MULTIPLE_DOCS': {
    vi: "mỗi tệp chỉ chứa một kế hoạch; bỏ dòng '---' thứ hai",
    en: "one plan per file; remove the second '---' line",
  },
  'yamlError.BAD_DQ_ESCAPE': {
    vi: "ký tự thoát '\\' không hợp lệ trong chuỗi ngoặc kép",
    en: "invalid '\\' escape in a double-quoted string",
  },
  'yamlError.UNEXPECTED_TOKEN': { vi: 'ký tự không mong đợi ở đây', en: 'unexpected character here' },
  'yamlError.UNRESOLVED_ALIAS': {
    vi: 'bí danh (alias) trỏ tới neo (anchor) không tồn tại',
    en: 'the alias points to an anchor that does not exist',
  },
  'yamlError.other': { vi: '{message}', en: '{message}' },
  'yaml.aliasLimit': {
    vi: 'Tệp dùng quá nhiều bí danh (alias) YAML; kehoach không mở rộng chúng để tránh treo máy.',
    en: 'The file uses too many YAML aliases; kehoach does not expand them, to avoid a hang.',
  },
  'yaml.empty': {
    vi: 'Tệp kế hoạch trống. Gõ "kehoach" rồi nhấn Tab để chèn khung kế hoạch.',
    en: 'The plan file is empty. Type "kehoach" and press Tab to insert a plan skeleton.',
  },
  'yaml.notMapping': {
    vi: 'Kế hoạch phải là một nhóm khóa YAML (loai:, co_quan:, …), không phải {actual}.',
    en: 'A plan must be a YAML mapping (loai:, co_quan:, …), not {actual}.',
  },
  'schema.required': {
    vi: "Thiếu mục '{key}' ({title}).",
    en: "Missing '{key}' ({title}).",
  },
  'schema.requiredIn': {
    vi: "Thiếu mục '{key}' ({title}) trong '{parent}'.",
    en: "Missing '{key}' ({title}) in '{parent}'.",
  },
  'schema.unknownKeySuggest': {
    vi: "Khóa không hợp lệ '{key}' — có phải '{suggestion}'?",
    en: "Unknown key '{key}' — did you mean '{suggestion}'?",
  },
  'schema.unknownKey': {
    vi: "Khóa không hợp lệ '{key}'. Các khóa được dùng ở đây: {allowed}.",
    en: "Unknown key '{key}'. Keys allowed here: {allowed}.",
  },
  'schema.type': {
    vi: "'{key}' phải là {expected}, không phải {actual}.",
    en: "'{key}' must be {expected}, not {actual}.",
  },
  'schema.typeColonHint': {
    vi: " Văn bản có dấu ': ' phải đặt trong ngoặc kép, ví dụ \"Lưu: VT, VHXH\".",
    en: " Text containing ': ' must be quoted, e.g. \"Lưu: VT, VHXH\".",
  },
  'schema.enum': {
    vi: "Giá trị '{value}' không hợp lệ cho '{key}' — chọn một trong: {allowed}.",
    en: "Invalid value '{value}' for '{key}' — choose one of: {allowed}.",
  },
  'schema.pattern': {
    vi: "Giá trị '{value}' của '{key}' không đúng: cần {hint}.",
    en: "Value '{value}' of '{key}' is not valid: expected {hint}.",
  },
  'schema.emptyObject': {
    vi: "'{key}' không được để trống.",
    en: "'{key}' must not be empty.",
  },
  'schema.duplicateItem': {
    vi: "'{key}' có mục bị lặp.",
    en: "'{key}' has a repeated entry.",
  },
  'schema.bothDoanAndMuc': {
    vi: "Một mục không thể vừa là đoạn văn ('doan') vừa là mục ('muc').",
    en: "An entry cannot be both a paragraph ('doan') and an item ('muc').",
  },
  'schema.other': {
    vi: "'{key}' không hợp lệ ({detail}).",
    en: "'{key}' is not valid ({detail}).",
  },
  'type.string': { vi: 'chuỗi văn bản', en: 'text' },
  'type.array': { vi: 'danh sách (các dòng bắt đầu bằng "- ")', en: 'a list (lines starting with "- ")' },
  'type.object': { vi: 'nhóm khóa (khóa: giá trị)', en: 'a mapping (key: value)' },
  'type.null': { vi: 'giá trị rỗng', en: 'an empty value' },
  'type.boolean': { vi: 'true hoặc false', en: 'true or false' },
  'type.number': { vi: 'số', en: 'a number' },
  'type.integer': { vi: 'số nguyên', en: 'an integer' },
  'word.or': { vi: ' hoặc ', en: ' or ' },
  'word.root': { vi: 'kế hoạch', en: 'plan' },
  'task.missingLead': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có cơ quan chủ trì (chu_tri).',
    en: 'Task {index} "{task}" has no lead unit (chu_tri).',
  },
  'task.undated': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có thời gian thực hiện (thoi_gian).',
    en: 'Task {index} "{task}" has no time (thoi_gian).',
  },
  'ref.unknown': {
    vi: 'Không tìm thấy văn bản {symbol} trong {layers}. Kiểm tra lại số, ký hiệu hoặc bổ sung văn bản vào sổ văn bản.',
    en: 'Document {symbol} is not in {layers}. Check the number and symbol, or add the document to a registry.',
  },
  'layer.national': { vi: 'sổ văn bản Trung ương', en: 'the national registry' },
  'layer.province': { vi: 'sổ văn bản của tỉnh, thành phố', en: 'the province registry' },
  'layer.workspace': { vi: 'sổ văn bản của xã', en: "the commune's registry" },
  'hover.issued': { vi: 'Ngày ban hành', en: 'Date' },
  'hover.issuer': { vi: 'Cơ quan ban hành', en: 'Issuer' },
  'hover.title': { vi: 'Trích yếu', en: 'Title' },
  'hover.registry': { vi: 'Nguồn', en: 'Source' },
  'hover.status': { vi: 'Hiệu lực', en: 'Status' },
  'status.inForce': { vi: 'còn hiệu lực', en: 'in force' },
  'status.replaced': { vi: 'đã được thay thế bởi {by}', en: 'replaced by {by}' },
  'status.expired': { vi: 'hết hiệu lực', en: 'expired' },
  'completion.unitInPlan': { vi: 'Đơn vị đã dùng trong kế hoạch', en: 'Unit already used in this plan' },
  'completion.unitStandard': { vi: 'Đơn vị chuẩn của xã (sau sắp xếp 2025)', en: 'Standard commune unit (after the 2025 reform)' },
  'symbol.tasks': { vi: 'Nhiệm vụ (phụ lục)', en: 'Tasks (appendix)' },
  'symbol.units': { vi: 'Tổ chức thực hiện', en: 'Implementation' },
  'symbol.task': { vi: 'Nhiệm vụ {index}', en: 'Task {index}' },
} as const;

export type MessageKey = keyof typeof catalogue;

export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = catalogue[key][lang] ?? catalogue[key].vi;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages of a text, for metadata that is rendered later in either language. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function pick(lang: Language, text: Bilingual): string {
  return text[lang] ?? text.vi;
}
