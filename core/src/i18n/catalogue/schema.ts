// User-facing text of the schema area; merged into the one catalogue in ../messages.ts.
export const schemaMessages = {
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
} as const;
