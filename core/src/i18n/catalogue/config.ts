// User-facing text of the config area; merged into the one catalogue in ../messages.ts.
export const configMessages = {
  'config.syntax': { vi: 'Lỗi cú pháp YAML trong tệp cấu hình: {detail}', en: 'YAML syntax error in the config file: {detail}' },
  'config.root': { vi: 'Tệp cấu hình phải là một nhóm khóa (rules: …).', en: 'The config file must be a mapping (rules: …).' },
  'config.unknownSection': {
    vi: "Mục '{key}' không có trong tệp cấu hình kehoach (chỉ có 'rules').",
    en: "'{key}' is not a kehoach config section (only 'rules').",
  },
  'config.rulesMapping': {
    vi: "'rules' phải là nhóm khóa: mã quy tắc: mức (error, warning, information, hint, off).",
    en: "'rules' must be a mapping: rule id: level (error, warning, information, hint, off).",
  },
  'config.unknownRule': { vi: "Không có quy tắc '{id}'.", en: "There is no rule '{id}'." },
  'config.unknownRuleSuggest': { vi: "Không có quy tắc '{id}' — có phải '{suggestion}'?", en: "There is no rule '{id}' — did you mean '{suggestion}'?" },
  'config.level': {
    vi: "Mức '{value}' của '{id}' không hợp lệ — chọn một trong: {allowed}.",
    en: "Invalid level '{value}' for '{id}' — choose one of: {allowed}.",
  },
} as const;
