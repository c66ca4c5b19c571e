// User-facing text of the document-completeness area; merged into the one catalogue in ../messages.ts.
export const docMessages = {
  'doc.missingSection': { vi: "Kế hoạch chưa có mục '{key}' ({title}).", en: "The plan has no '{key}' ({title})." },
  'doc.emptySection': { vi: "Mục '{key}' ({title}) đang để trống.", en: "'{key}' ({title}) is empty." },
  'doc.missingReporting': {
    vi: 'Kế hoạch chưa quy định chế độ báo cáo (kỳ báo cáo, thời hạn, nơi nhận báo cáo).',
    en: 'The plan sets no reporting cycle (period, deadline, to whom).',
  },
  'doc.fix.insertClause': { vi: "Chèn mục '{key}' chuẩn: {title}", en: "Insert the standard '{key}': {title}" },
  'doc.fix.insertReporting': { vi: 'Chèn đoạn chế độ báo cáo chuẩn', en: 'Insert the standard reporting clause' },
  'doc.appendixUnreferenced': {
    vi: 'Có {count} nhiệm vụ ở phụ lục nhưng nội dung kế hoạch không dẫn tới phụ lục.',
    en: 'There are {count} appendix tasks but the plan text never points to the appendix.',
  },
  'doc.appendixMissing': {
    vi: 'Kế hoạch dẫn tới phụ lục nhiệm vụ nhưng chưa có nhiệm vụ nào (nhiem_vu).',
    en: 'The plan points to a task appendix but lists no task (nhiem_vu).',
  },
  'doc.signerNoTM': {
    vi: 'Kế hoạch của Ủy ban nhân dân phải ký "TM. ỦY BAN NHÂN DÂN" (thiếu thay_mat).',
    en: 'A plan of the People\'s Committee is signed "TM. ỦY BAN NHÂN DÂN" (thay_mat is missing).',
  },
  'doc.signerKtNotDeputy': {
    vi: 'Ký thay (KT. {head}) thì chức vụ người ký phải là cấp phó, ví dụ "PHÓ {head}", không phải "{title}".',
    en: 'Signing for (KT. {head}) requires a deputy\'s title, e.g. "PHÓ {head}", not "{title}".',
  },
  'doc.signerDeputyNoKt': {
    vi: 'Cấp phó ký thay người đứng đầu phải ghi "KT. {head}" (thiếu ky_thay).',
    en: 'A deputy signing for the head needs "KT. {head}" (ky_thay is missing).',
  },
  'doc.signerDecisionTM': {
    vi: 'Quyết định của Chủ tịch không ký "TM." (bỏ thay_mat).',
    en: 'A decision of the Chairperson is not signed "TM." (remove thay_mat).',
  },
  'doc.fix.addTM': { vi: 'Thêm "TM. ỦY BAN NHÂN DÂN"', en: 'Add "TM. ỦY BAN NHÂN DÂN"' },
  'doc.fix.addKT': { vi: 'Thêm "KT. {head}"', en: 'Add "KT. {head}"' },
  'doc.archiveMissing': {
    vi: 'Nơi nhận thiếu dòng lưu cuối cùng "Lưu: VT, <đơn vị soạn thảo>".',
    en: 'The recipients lack the final filing line "Lưu: VT, <drafting unit>".',
  },
  'doc.archiveUnknownUnit': {
    vi: "'{unit}' trong dòng lưu không phải ký hiệu đơn vị soạn thảo đã biết — có phải '{suggestion}'?",
    en: "'{unit}' in the filing line is not a known drafting-unit abbreviation — did you mean '{suggestion}'?",
  },
  'doc.fix.addArchive': { vi: 'Thêm "Lưu: VT, {unit}"', en: 'Add "Lưu: VT, {unit}"' },
  'doc.fix.replaceUnit': { vi: "Sửa thành '{suggestion}'", en: "Change to '{suggestion}'" },
  'doc.symbolType': {
    vi: "Số, ký hiệu '{so}' không khớp loại văn bản: {kind} phải có ký hiệu /{code}-.",
    en: "Number and symbol '{so}' does not match the document type: a {kind} has the code /{code}-.",
  },
  'doc.fix.symbolCode': { vi: "Sửa ký hiệu thành '{code}'", en: "Change the code to '{code}'" },
  'doc.unbalancedOpen': { vi: 'Dấu ngoặc kép “ mở nhưng không có dấu ” đóng.', en: 'An opening quote “ has no closing ”.' },
  'doc.unbalancedClose': { vi: 'Dấu ngoặc kép ” đóng nhưng không có dấu “ mở.', en: 'A closing quote ” has no opening “.' },
  'doc.dateImpossible': { vi: "Ngày ban hành '{value}' không tồn tại.", en: "The date of issue '{value}' does not exist." },
  'doc.dateAfterPeriod': {
    vi: "Ngày ban hành '{value}' ở sau khi kỳ kế hoạch ({period}) đã kết thúc.",
    en: "The date of issue '{value}' is after the plan period ({period}) has ended.",
  },
  'action.disableLine': { vi: 'Tắt {rule} cho dòng này', en: 'Disable {rule} for this line' },
  'action.showDocs': { vi: 'Xem tài liệu quy tắc {rule}', en: 'Show documentation for {rule}' },
  'action.fixAll': { vi: 'Sửa tất cả lỗi kehoach sửa được ({count})', en: 'Fix all kehoach problems ({count})' },
  'kind.ke-hoach': { vi: 'kế hoạch', en: 'plan' },
  'kind.quyet-dinh': { vi: 'quyết định', en: 'decision' },
} as const;
