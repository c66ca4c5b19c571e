// User-facing text of the import area (issue 8): the import/unplaced-text rule, and the comments and
// notes the importer writes; merged into the one catalogue in ../messages.ts.
export const importMessages = {
  'import.unplaced': {
    vi: 'Văn bản chưa xếp vào mục nào của kế hoạch (còn lại khi nhập từ văn bản cũ): “{text}”. Chuyển vào đúng mục hoặc xóa.',
    en: 'Text not placed in any part of the plan (left over from an import): “{text}”. Move it to its part or delete it.',
  },
  'import.header': {
    vi: 'Nhập từ {source} bằng kehoach import. Số thứ tự (I., 1., a), …) do kehoach sinh; văn bản chưa xếp được nằm ở ghi_chu.',
    en: 'Imported from {source} by kehoach import. Numbering (I., 1., a), …) is generated; text that fits nowhere is under ghi_chu.',
  },
  'import.coQuanInferred': {
    vi: 'văn bản nguồn không có tên cơ quan ban hành ở phần đầu; co_quan lấy từ câu “{from}”',
    en: 'the source has no issuing body in its header; co_quan is taken from “{from}”',
  },
  'import.letterRepeated': {
    vi: 'bản gốc: mục này đánh chữ {letter}) lần nữa (thứ tự gốc: {sequence}); kehoach đánh lại là {generated})',
    en: 'original: this item is lettered {letter}) again (original order: {sequence}); kehoach numbers it {generated})',
  },
  'import.letterSkipped': {
    vi: 'bản gốc: mục này đánh chữ {letter}) — thứ tự nhảy từ {previous}) sang {letter}), bỏ qua {skipped}; kehoach đánh lại là {generated})',
    en: 'original: this item is lettered {letter}) — the letters jump from {previous}) to {letter}), skipping {skipped}; kehoach numbers it {generated})',
  },
  'import.numberGap': {
    vi: 'bản gốc: số thứ tự nhảy từ {previous} sang {number} (thứ tự gốc: {sequence}); kehoach đánh lại là {generated}',
    en: 'original: the numbers jump from {previous} to {number} (original order: {sequence}); kehoach numbers it {generated}',
  },
  'import.numberMissing': {
    vi: 'bản gốc: dòng này không có số thứ tự',
    en: 'original: this row has no number',
  },
  'import.attachedLine': {
    vi: 'bản gốc: “{text}” (kehoach tự sinh dòng này khi xuất văn bản)',
    en: 'original: “{text}” (kehoach generates this line on export)',
  },
  'import.basisEnd': {
    vi: 'bản gốc: dòng này kết thúc bằng “{end}” (không phải “;” hay “.”)',
    en: 'original: this line ends with “{end}” (not “;” or “.”)',
  },
  'import.basisJoined': {
    vi: 'bản gốc: dòng “{word} …” và câu dẫn là một câu, nối bằng dấu phẩy',
    en: 'original: the “{word} …” line and the lead-in are one sentence, joined by a comma',
  },
  'import.runIn': {
    vi: 'bản gốc: nhiệm vụ viết liền sau tên đơn vị (“{unit}: …”)',
    en: 'original: the duties follow the unit\'s name on the same line (“{unit}: …”)',
  },
  'import.appendixNumbered': {
    vi: 'bản gốc: tên phụ lục “{heading}”',
    en: 'original: the appendix is headed “{heading}”',
  },
  'import.doiTuongMoved': {
    vi: 'mục “{title}” nằm ở phần {part} của bản gốc; kehoach in đối tượng ở phần Nội dung',
    en: 'the item “{title}” is in part {part} of the source; kehoach prints the audience in the content part',
  },
  'import.partHeadingUnplaced': {
    vi: 'tiêu đề phần “{title}” không có chỗ trong kế hoạch; nội dung đã đưa vào {key}',
    en: 'the part heading “{title}” has no place in the plan; its text went to {key}',
  },
  'import.datePartial': {
    vi: 'ngày ban hành “{text}” không có tháng; ngay để trống',
    en: 'the date “{text}” has no month; ngay is left out',
  },
  'import.notAPlan': {
    vi: 'Không nhận ra kế hoạch: không thấy tên loại “KẾ HOẠCH”/“QUYẾT ĐỊNH”, căn cứ, các phần I, II…, nơi nhận hay bảng nhiệm vụ.',
    en: 'This does not look like a plan: no “KẾ HOẠCH”/“QUYẾT ĐỊNH” title, legal bases, parts I, II…, recipients or task table.',
  },
  'import.at.line': { vi: 'dòng {line}', en: 'line {line}' },
  'import.at.paragraph': { vi: 'đoạn {paragraph}', en: 'paragraph {paragraph}' },
  'import.at.row': { vi: 'hàng {row}', en: 'row {row}' },
  'import.tableRow': { vi: 'bảng, hàng {row}: {text}', en: 'table, row {row}: {text}' },
  'import.unknownColumnHeading': { vi: 'phụ lục: cột “{column}” không có trong định dạng kế hoạch', en: 'appendix: the column “{column}” is not in the plan format' },
  'import.unknownColumn': { vi: 'phụ lục, nhiệm vụ {number}, cột “{column}”: {text}', en: 'appendix, task {number}, column “{column}”: {text}' },
} as const;
