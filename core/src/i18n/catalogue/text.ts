// User-facing text of the text area (words in the running text); merged into the one catalogue in ../messages.ts.
export const textMessages = {
  'text.outdatedDistrict': {
    vi: '"{word}": từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương 2 cấp).',
    en: '"{word}": the district level was abolished on 1 July 2025 (two-level local government).',
  },
  'text.outdatedTown': {
    vi: '"{word}": từ ngày 01/7/2025 không còn thị trấn (nay là xã, phường).',
    en: '"{word}": towns ("thị trấn") were abolished on 1 July 2025 (they are now communes or wards).',
  },
  'text.outdatedProvince': {
    vi: '"{word}": tỉnh Hải Dương đã hợp nhất vào thành phố Hải Phòng từ ngày 01/7/2025.',
    en: '"{word}": the province of "Hải Dương" merged into "thành phố Hải Phòng" on 1 July 2025.',
  },
  'text.provinceInCity': {
    vi: '"{word}": xã thuộc {city}, không thuộc tỉnh nào (sau sắp xếp năm 2025).',
    en: '"{word}": the commune belongs to "{city}", not to a province (after the 2025 reorganisation).',
  },
  'text.wardInCommune': {
    vi: '"{word}": kế hoạch do xã ban hành nhưng ghi "phường" (có thể còn sót từ kế hoạch của đơn vị khác).',
    en: '"{word}": the plan is issued by a commune ("xã") but says "phường" (probably left over from another unit\'s plan).',
  },
  'text.communeInWard': {
    vi: '"{word}": kế hoạch do phường ban hành nhưng ghi "xã" (có thể còn sót từ kế hoạch của đơn vị khác).',
    en: '"{word}": the plan is issued by a ward ("phường") but says "xã" (probably left over from another unit\'s plan).',
  },
} as const;
