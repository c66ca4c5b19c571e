// User-facing text of the ref area (citations, registries); merged into the one catalogue in ../messages.ts.
export const refMessages = {
  'ref.unknown': {
    vi: 'Không tìm thấy văn bản {symbol} trong {layers}. Kiểm tra lại số, ký hiệu hoặc bổ sung văn bản vào sổ văn bản của xã.',
    en: 'Document {symbol} is not in {layers}. Check the number and symbol, or add the document to the commune registry.',
  },
  'ref.unknownElsewhere': {
    vi: 'Sổ văn bản có {symbol} của {known}, không phải của “{cited}”. Kiểm tra lại số, ký hiệu, cơ quan ban hành hoặc bổ sung văn bản vào sổ văn bản của xã.',
    en: 'The registry has {symbol} of {known}, not of “{cited}”. Check the number, symbol and issuer, or add the document to the commune registry.',
  },
  'ref.dateMismatch': {
    vi: 'Văn bản {symbol} ban hành ngày {expected}, không phải {cited} (theo {source}).',
    en: '{symbol} is dated {expected}, not {cited} (according to {source}).',
  },
  'ref.titleMismatch': {
    vi: 'Trích yếu của {symbol} khác với sổ văn bản: “{expected}”.',
    en: 'The title of {symbol} differs from the registry: “{expected}”.',
  },
  'ref.typeMismatch': {
    vi: 'Tên loại “{word}” không khớp ký hiệu {symbol}: {code} là {expected}.',
    en: 'The type word “{word}” does not match {symbol}: {code} stands for {expected}.',
  },
  'ref.typeMismatchLetter': {
    vi: 'Ký hiệu {symbol} là ký hiệu công văn (không có mã tên loại), nhưng được dẫn là “{word}”.',
    en: '{symbol} is a letter (công văn) symbol without a type code, but it is cited as “{word}”.',
  },
  'ref.issuerMismatch': {
    vi: 'Văn bản {symbol} là của {expected}, nhưng được ghi là của “{cited}”.',
    en: '{symbol} is issued by {expected}, but it is cited as issued by “{cited}”.',
  },
  'ref.futureDated': {
    vi: 'Văn bản {symbol} ngày {cited} ban hành sau ngày của kế hoạch ({plan}).',
    en: '{symbol} dated {cited} is later than the plan itself ({plan}).',
  },
  'ref.futureDatedKnown': {
    vi: 'Văn bản {symbol} ban hành ngày {date} (theo sổ văn bản), sau ngày của kế hoạch ({plan}).',
    en: '{symbol} was issued on {date} (according to the registry), after the plan itself ({plan}).',
  },
  'ref.monthOf': { vi: 'tháng {month}/{year}', en: '{month}/{year}' },
  'ref.invalidDate.day': {
    vi: 'Ngày {date} của {symbol} không có thật: tháng {month}/{year} không có ngày {day}.',
    en: 'The date {date} of {symbol} does not exist: {month}/{year} has no day {day}.',
  },
  'ref.invalidDate.month': {
    vi: 'Ngày {date} của {symbol} không có thật: không có tháng {month}.',
    en: 'The date {date} of {symbol} does not exist: there is no month {month}.',
  },
  'ref.invalidDate.year': {
    vi: 'Năm {year} trong ngày {date} của {symbol} không hợp lý.',
    en: 'The year {year} in the date {date} of {symbol} is not plausible.',
  },
  'ref.incomplete': {
    vi: 'Lần đầu dẫn {symbol} phải ghi đủ số, ký hiệu, ngày ban hành và cơ quan ban hành: còn thiếu {missing}.',
    en: 'The first mention of {symbol} must give its number, date and issuer; missing: {missing}.',
  },
  'ref.missing.date': { vi: 'ngày ban hành', en: 'date' },
  'ref.missing.issuer': { vi: 'cơ quan ban hành', en: 'issuer' },
  'ref.incompleteIssuer': {
    vi: 'Cơ quan ban hành “{issuer}” chưa ghi tên địa phương: ghi đầy đủ “{full}”.',
    en: 'The issuer “{issuer}” does not name the place: write “{full}”.',
  },
  'ref.incompleteIssuerUnknown': {
    vi: 'Cơ quan ban hành “{issuer}” chưa ghi tên địa phương (xã, tỉnh, thành phố nào).',
    en: 'The issuer “{issuer}” does not name the place (which commune, province or city).',
  },
  'ref.incompleteAlias': {
    vi: '“{alias}” được nhắc tới mà chưa dẫn văn bản: lần đầu ghi đầy đủ {citation}.',
    en: '“{alias}” is mentioned without citing the document: the first time, write {citation}.',
  },
  'ref.incompleteLaw': {
    vi: 'Căn cứ {name} phải ghi ngày ban hành, ví dụ: {example}.',
    en: 'The legal basis {name} must give its date, e.g. {example}.',
  },
  'ref.exampleDate': { vi: 'Luật … ngày 16 tháng 6 năm 2025', en: 'Luật … ngày 16 tháng 6 năm 2025' },
  'ref.malformed.spaces': {
    vi: 'Số, ký hiệu “{symbol}” có khoảng trắng hoặc xuống dòng bên trong; viết liền: {fixed}.',
    en: 'The number and symbol “{symbol}” has spaces or a line break inside; write {fixed}.',
  },
  'ref.malformed.dash': {
    vi: 'Số, ký hiệu “{symbol}” dùng dấu gạch không chuẩn; viết: {fixed}.',
    en: 'The number and symbol “{symbol}” uses a non-standard dash; write {fixed}.',
  },
  'ref.malformed.ascii': {
    vi: 'Mã loại “{code}” trong {symbol} thiếu chữ Đ; viết: {fixed}.',
    en: 'The type code “{code}” in {symbol} lacks the letter Đ; write {fixed}.',
  },
  'ref.malformed.party': {
    vi: 'Ký hiệu văn bản của Đảng viết theo mẫu số-loại/cơ quan: {fixed}, không phải {symbol}.',
    en: 'A party document is written N-TYPE/ISSUER: {fixed}, not {symbol}.',
  },
  'ref.malformed.state': {
    vi: 'Ký hiệu văn bản của Nhà nước viết theo mẫu số/loại-cơ quan: {fixed}, không phải {symbol}.',
    en: 'A state document is written N/TYPE-ISSUER: {fixed}, not {symbol}.',
  },
  'ref.superseded': {
    vi: 'Văn bản {symbol} đã được thay thế bởi {successor}.',
    en: '{symbol} has been replaced by {successor}.',
  },
  'ref.expired': { vi: 'Văn bản {symbol} đã hết hiệu lực.', en: '{symbol} is no longer in force.' },
  'ref.inconsistentDate': {
    vi: 'Văn bản {symbol} được dẫn với hai ngày khác nhau: {date} ở đây, {other} ở {where}.',
    en: '{symbol} is cited with two different dates: {date} here, {other} at {where}.',
  },
  'ref.inconsistentTitle': {
    vi: 'Văn bản {symbol} được dẫn với hai trích yếu khác nhau; ở {where}: “{other}”.',
    en: '{symbol} is cited with two different titles; at {where}: “{other}”.',
  },
  'ref.where.line': { vi: 'dòng {line}', en: 'line {line}' },
  'ref.where.file': { vi: '{file} dòng {line}', en: '{file} line {line}' },

  'ref.fix.addToRegistry': { vi: 'Thêm {symbol} vào sổ văn bản của xã ({file})', en: 'Add {symbol} to the commune registry ({file})' },
  'ref.fix.date': { vi: 'Sửa ngày thành {date}', en: 'Change the date to {date}' },
  'ref.fix.title': { vi: 'Sửa trích yếu theo sổ văn bản', en: 'Use the title from the registry' },
  'ref.fix.typeWord': { vi: 'Đổi tên loại thành “{word}”', en: 'Change the type word to “{word}”' },
  'ref.fix.symbolCode': { vi: 'Đổi ký hiệu thành {symbol}', en: 'Change the symbol to {symbol}' },
  'ref.fix.issuer': { vi: 'Ghi cơ quan ban hành: “{issuer}”', en: 'Write the issuer as “{issuer}”' },
  'ref.fix.addDate': { vi: 'Thêm ngày ban hành: {date}', en: 'Add the date: {date}' },
  'ref.fix.complete': { vi: 'Ghi đủ: {text}', en: 'Complete: {text}' },
  'ref.fix.symbol': { vi: 'Sửa thành {symbol}', en: 'Change to {symbol}' },
  'ref.fix.successor': { vi: 'Thay bằng văn bản thay thế {successor}', en: 'Cite the successor {successor} instead' },

  'body.cp': { vi: 'Chính phủ', en: 'the Government (Chính phủ)' },
  'body.ttg': { vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister (Thủ tướng Chính phủ)' },
  'body.qh': { vi: 'Quốc hội', en: 'the National Assembly (Quốc hội)' },
  'body.ubtvqh': { vi: 'Ủy ban Thường vụ Quốc hội', en: 'the Standing Committee of the National Assembly' },
  'body.ubnd': { vi: 'Ủy ban nhân dân', en: "a People's Committee (Ủy ban nhân dân)" },
  'body.hdnd': { vi: 'Hội đồng nhân dân', en: "a People's Council (Hội đồng nhân dân)" },
  'body.ministry': { vi: 'một Bộ', en: 'a ministry' },
  'body.tw': { vi: 'Trung ương Đảng (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương)', en: 'the central party bodies (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương)' },
  'body.tu': { vi: 'Tỉnh ủy, Thành ủy', en: 'a provincial party committee (Tỉnh ủy, Thành ủy)' },
  'body.du': { vi: 'Đảng ủy', en: 'a party committee (Đảng ủy)' },
  'body.other': { vi: 'cơ quan khác', en: 'another body' },

  'layer.national': { vi: 'sổ văn bản Trung ương', en: 'the national registry' },
  'layer.province': { vi: 'sổ văn bản của {name}', en: 'the registry of {name}' },
  'layer.provinces': { vi: 'sổ văn bản của các tỉnh, thành phố đi kèm', en: 'the bundled province registries' },
  'layer.registryFile': { vi: 'sổ văn bản của xã ({file})', en: 'the commune registry ({file})' },
  'layer.plans': { vi: '{count} kế hoạch trong thư mục', en: '{count} plans of the workspace' },
  'layer.planFile': { vi: 'kế hoạch {file} trong thư mục', en: 'the plan {file} of the workspace' },
  'layer.noCommuneRegistry': { vi: 'chưa có sổ văn bản của xã: .kehoach/van-ban.yaml', en: 'no commune registry yet: .kehoach/van-ban.yaml' },
  'layer.workspace': { vi: 'sổ văn bản của xã', en: "the commune's registry" },
  'word.and': { vi: ' và ', en: ' and ' },

  'hover.issued': { vi: 'Ngày ban hành', en: 'Date' },
  'hover.issuer': { vi: 'Cơ quan ban hành', en: 'Issuer' },
  'hover.title': { vi: 'Trích yếu', en: 'Title' },
  'hover.registry': { vi: 'Nguồn', en: 'Source' },
  'hover.status': { vi: 'Hiệu lực', en: 'Status' },
  'hover.unverified': { vi: 'chưa kiểm chứng với nguồn chính thức', en: 'not verified against an official source' },
  'hover.note': { vi: 'Ghi chú', en: 'Note' },
  'status.inForce': { vi: 'còn hiệu lực', en: 'in force' },
  'status.replaced': { vi: 'đã được thay thế bởi {by}', en: 'replaced by {by}' },
  'status.expired': { vi: 'hết hiệu lực', en: 'expired' },
  'completion.citation': { vi: 'Văn bản trong {source}', en: 'Document from {source}' },

  'registry.yaml': { vi: 'Sổ văn bản không đọc được: YAML sai cú pháp ({detail}).', en: 'The registry cannot be read: invalid YAML ({detail}).' },
  'registry.alias': { vi: 'Sổ văn bản dùng bí danh YAML (*tên) quá nhiều lần; hãy viết thẳng giá trị.', en: 'The registry expands YAML aliases (*name) too often; write the values out.' },
  'registry.root': {
    vi: 'Sổ văn bản phải là một nhóm khóa có mục “van_ban:” (danh sách văn bản).',
    en: 'A registry must be a mapping with a “van_ban:” key (the list of documents).',
  },
  'registry.required': { vi: "Văn bản trong sổ thiếu mục '{key}'.", en: "A registry document lacks '{key}'." },
  'registry.unknownKey': {
    vi: "Khóa '{key}' không có trong định dạng sổ văn bản; các khóa được dùng: {allowed}.",
    en: "'{key}' is not a key of the registry format; the keys are: {allowed}.",
  },
  'registry.type.list': { vi: "'{key}' phải là một danh sách (mỗi dòng bắt đầu bằng “- ”).", en: "'{key}' must be a list (lines starting with “- ”)." },
  'registry.type.map': { vi: "'{key}' phải là một nhóm khóa (loai:, so:, ngay:, co_quan:…).", en: "'{key}' must be a mapping (loai:, so:, ngay:, co_quan:…)." },
  'registry.type.text': { vi: "'{key}' phải là văn bản (đặt trong ngoặc kép nếu có dấu “: ”).", en: "'{key}' must be text (quote it if it contains “: ”)." },
  'registry.type.boolean': { vi: "'{key}' phải là true hoặc false.", en: "'{key}' must be true or false." },
  'registry.enum': { vi: "'{key}' phải là một trong: {values}.", en: "'{key}' must be one of: {values}." },
  'registry.pattern.date': { vi: "Ngày '{value}' phải có dạng YYYY-MM-DD, ví dụ 2021-07-15.", en: "The date '{value}' must be YYYY-MM-DD, e.g. 2021-07-15." },
  'registry.pattern.symbol': {
    vi: "Số, ký hiệu '{value}' phải bắt đầu bằng số và không có khoảng trắng, ví dụ 76/NQ-CP, 57-NQ/TW.",
    en: "The number and symbol '{value}' must start with the number and have no spaces, e.g. 76/NQ-CP, 57-NQ/TW.",
  },
  'registry.empty': { vi: "'{key}' không được để trống.", en: "'{key}' must not be empty." },
  'registry.invalid': { vi: "'{key}' không hợp lệ: {detail}.", en: "'{key}' is invalid: {detail}." },
  'registry.invalidDate': { vi: 'Ngày {date} không có thật.', en: 'The date {date} does not exist.' },
  'registry.duplicate': { vi: 'Văn bản {symbol} đã có trong sổ (dòng {line}).', en: '{symbol} is already in the registry (line {line}).' },
  'registry.unreadable': { vi: 'Không đọc được sổ văn bản {file}: {detail}', en: 'Cannot read the registry {file}: {detail}' },
} as const;
