// User-facing text of the yaml area; merged into the one catalogue in ../messages.ts.
export const yamlMessages = {
  'yaml.tooLarge': {
    vi: 'Tệp quá lớn để kiểm tra ({size} KB; giới hạn {limit} KB). Kiểm tra lại đây có đúng là tệp kế hoạch không.',
    en: 'The file is too large to check ({size} KB; the limit is {limit} KB). Check that it really is a plan.',
  },
  'yaml.conflict': {
    vi: 'Tệp còn đoạn xung đột git chưa giải quyết (<<<<<<< … >>>>>>>): giữ một phiên bản rồi xóa các dòng đánh dấu.',
    en: 'The file has an unresolved git conflict (<<<<<<< … >>>>>>>): keep one version and delete the marker lines.',
  },
  'yaml.moreErrors': { vi: 'Còn {count} lỗi cú pháp khác sau dòng này.', en: '{count} more syntax errors after this line.' },
  'yaml.unreadable': { vi: 'Không đọc được tệp YAML: {detail}', en: 'The YAML file cannot be read: {detail}' },
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
} as const;
