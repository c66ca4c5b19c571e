// User-facing text of the ref area; merged into the one catalogue in ../messages.ts.
export const refMessages = {
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
} as const;
