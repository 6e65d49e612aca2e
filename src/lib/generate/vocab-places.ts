/**
 * Places for synthetic documents. Provinces and their districts are real; the
 * communes of each district are drawn from a pool of common commune names, so
 * the same commune name recurs in several provinces as it does in reality.
 */

export interface ProvinceDef {
  /** "Lạng Sơn", "Hồ Chí Minh" */
  name: string;
  /** Centrally-run city (thành phố trực thuộc trung ương): "Thành phố", Thành ủy, quận. */
  city: boolean;
  /** Districts: [kind, name], kind one of huyện / quận / thị xã / thành phố. */
  districts: ReadonlyArray<readonly [DistrictKind, string]>;
}

export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';

export const PROVINCES: readonly ProvinceDef[] = [
  { name: 'Lạng Sơn', city: false, districts: [['thành phố', 'Lạng Sơn'], ['huyện', 'Cao Lộc'], ['huyện', 'Văn Lãng'], ['huyện', 'Tràng Định'], ['huyện', 'Lộc Bình'], ['huyện', 'Hữu Lũng']] },
  { name: 'Hồ Chí Minh', city: true, districts: [['quận', 'Tân Bình'], ['quận', 'Bình Thạnh'], ['quận', 'Gò Vấp'], ['quận', 'Phú Nhuận'], ['huyện', 'Củ Chi'], ['huyện', 'Hóc Môn'], ['thành phố', 'Thủ Đức']] },
  { name: 'Hà Nội', city: true, districts: [['quận', 'Ba Đình'], ['quận', 'Cầu Giấy'], ['quận', 'Long Biên'], ['huyện', 'Đông Anh'], ['huyện', 'Sóc Sơn'], ['thị xã', 'Sơn Tây']] },
  { name: 'Ninh Bình', city: false, districts: [['thành phố', 'Hoa Lư'], ['huyện', 'Gia Viễn'], ['huyện', 'Nho Quan'], ['huyện', 'Kim Sơn'], ['huyện', 'Yên Khánh'], ['thành phố', 'Tam Điệp']] },
  { name: 'Thái Nguyên', city: false, districts: [['thành phố', 'Thái Nguyên'], ['thành phố', 'Sông Công'], ['thành phố', 'Phổ Yên'], ['huyện', 'Đại Từ'], ['huyện', 'Phú Lương'], ['huyện', 'Định Hóa']] },
  { name: 'Bắc Kạn', city: false, districts: [['thành phố', 'Bắc Kạn'], ['huyện', 'Ba Bể'], ['huyện', 'Chợ Đồn'], ['huyện', 'Ngân Sơn'], ['huyện', 'Na Rì']] },
  { name: 'Quảng Ninh', city: false, districts: [['thành phố', 'Hạ Long'], ['thành phố', 'Cẩm Phả'], ['thành phố', 'Uông Bí'], ['thành phố', 'Móng Cái'], ['thị xã', 'Quảng Yên'], ['huyện', 'Vân Đồn'], ['huyện', 'Tiên Yên']] },
  { name: 'Nghệ An', city: false, districts: [['thành phố', 'Vinh'], ['thị xã', 'Cửa Lò'], ['huyện', 'Nghi Lộc'], ['huyện', 'Diễn Châu'], ['huyện', 'Quỳnh Lưu'], ['huyện', 'Nam Đàn']] },
  { name: 'Thanh Hóa', city: false, districts: [['thành phố', 'Thanh Hóa'], ['thành phố', 'Sầm Sơn'], ['thị xã', 'Nghi Sơn'], ['huyện', 'Thọ Xuân'], ['huyện', 'Hoằng Hóa'], ['huyện', 'Quảng Xương']] },
  { name: 'Đà Nẵng', city: true, districts: [['quận', 'Hải Châu'], ['quận', 'Thanh Khê'], ['quận', 'Sơn Trà'], ['quận', 'Liên Chiểu'], ['huyện', 'Hòa Vang']] },
  { name: 'Cần Thơ', city: true, districts: [['quận', 'Ninh Kiều'], ['quận', 'Bình Thủy'], ['quận', 'Cái Răng'], ['huyện', 'Phong Điền'], ['huyện', 'Cờ Đỏ']] },
  { name: 'Hải Phòng', city: true, districts: [['quận', 'Hồng Bàng'], ['quận', 'Lê Chân'], ['quận', 'Ngô Quyền'], ['huyện', 'Thủy Nguyên'], ['huyện', 'An Dương']] },
  { name: 'Đắk Lắk', city: false, districts: [['thành phố', 'Buôn Ma Thuột'], ['thị xã', 'Buôn Hồ'], ['huyện', 'Cư M\'gar'], ['huyện', 'Krông Pắc'], ['huyện', 'Ea Kar']] },
  { name: 'An Giang', city: false, districts: [['thành phố', 'Long Xuyên'], ['thành phố', 'Châu Đốc'], ['thị xã', 'Tân Châu'], ['huyện', 'Chợ Mới'], ['huyện', 'Phú Tân']] },
  { name: 'Lào Cai', city: false, districts: [['thành phố', 'Lào Cai'], ['thị xã', 'Sa Pa'], ['huyện', 'Bát Xát'], ['huyện', 'Bảo Thắng'], ['huyện', 'Bắc Hà']] },
  { name: 'Quảng Nam', city: false, districts: [['thành phố', 'Tam Kỳ'], ['thành phố', 'Hội An'], ['thị xã', 'Điện Bàn'], ['huyện', 'Duy Xuyên'], ['huyện', 'Thăng Bình']] },
  { name: 'Bình Dương', city: false, districts: [['thành phố', 'Thủ Dầu Một'], ['thành phố', 'Dĩ An'], ['thành phố', 'Thuận An'], ['huyện', 'Bàu Bàng'], ['huyện', 'Phú Giáo']] },
  { name: 'Cà Mau', city: false, districts: [['thành phố', 'Cà Mau'], ['huyện', 'Năm Căn'], ['huyện', 'Ngọc Hiển'], ['huyện', 'Đầm Dơi'], ['huyện', 'U Minh']] },
];

/** Common commune and ward names (many recur across the country). */
export const COMMUNE_NAMES: readonly string[] = [
  'Phong Doanh', 'Tân Lập', 'Hòa Bình', 'Quang Trung', 'Bãi Cháy', 'Hồng Hà', 'Đông Sơn', 'Tân Tiến',
  'Thanh Xuân', 'Hợp Thành', 'Yên Lạc', 'Minh Khai', 'Trung Sơn', 'Nam Hồng', 'Tiên Phong', 'Đồng Tâm',
  'Hưng Đạo', 'Kim Đồng', 'Lê Lợi', 'Trần Phú', 'Nguyễn Trãi', 'Hoàng Văn Thụ', 'Chi Lăng', 'Phú Xuân',
  'Bình Minh', 'An Phú', 'Vĩnh Hưng', 'Thống Nhất', 'Quyết Thắng', 'Tân An', 'Phước Long', 'Mỹ Lộc',
  'Hòa Lạc', 'Thạch Bàn', 'Gia Hòa', 'Ninh Hải', 'Xuân Phương', 'Cẩm Bình', 'Đức Xuân', 'Phùng Chí Kiên',
  'Sông Cầu', 'Nguyễn Thị Minh Khai', 'Huyền Tụng', 'Hạ Lý', 'Tân Định', 'Phường 2', 'Phường 4', 'Phường 12',
  'Long Hưng', 'Hiệp Hòa', 'Khánh Hòa', 'Tam Hiệp', 'Lạc Thủy', 'Văn Phú', 'Đại Đồng', 'Thuận Thành',
];

export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lèng', 'Hà', 'Đinh', 'Lương', 'Triệu', 'Mai', 'Tạ',
];
export const MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Văn', 'Thị', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Hữu', 'Quang', 'Thúc', 'Tiến', 'Bá',
  'Hoàng', 'Xuân', 'Thu', 'Kim', 'Công', 'Đình', 'Mạnh',
];
export const GIVEN_NAMES: readonly string[] = [
  'Quang', 'Liễu', 'Thiệu', 'Thành', 'Hương', 'Yến', 'Diệu', 'Hùng', 'Dũng', 'Lan', 'Hoa', 'Tuấn',
  'Hải', 'Sơn', 'Nam', 'Bình', 'Phương', 'Hà', 'Long', 'Thắng', 'Trung', 'Hiếu', 'Nga', 'Tâm', 'Cường',
  'Khánh', 'Vinh', 'Hạnh', 'Tùng', 'Thủy', 'Minh', 'Đạt', 'Toàn', 'Linh', 'Huyền', 'Mai', 'Phúc',
];
