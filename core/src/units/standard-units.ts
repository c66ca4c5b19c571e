/**
 * Commune offices and actors after the 2025 reform (Luật 72/2025/QH15, Nghị định 150/2025/NĐ-CP,
 * Nghị định 118/2025/NĐ-CP), in their canonical spelling. Province packs may add local names.
 */
export const STANDARD_UNITS: readonly string[] = [
  'Văn phòng HĐND và UBND xã',
  'Phòng Kinh tế',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công xã',
  'Trung tâm Dịch vụ sự nghiệp công',
  'Trung tâm Văn hóa, Thông tin và Truyền thông',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
  'Các tổ chức chính trị - xã hội xã',
  'Đảng ủy xã',
  'Ban Xây dựng Đảng',
  'Các trường học trên địa bàn xã',
  'Các thôn',
  'Tổ Công nghệ số cộng đồng',
  'Cổng Thông tin điện tử xã',
];
