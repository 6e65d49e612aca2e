/**
 * Word lists for the body text of synthetic documents. Sentences are built as
 * action + object + tail, the way administrative prose is: long, comma-joined
 * clauses of tasks.
 */

export interface Topic {
  /** Subject phrase used in titles: "… về {subject}". */
  subject: string;
  /** Campaign or movement name, quoted in titles and text. */
  movement: string;
  /** Objects specific to the topic, mixed with the general ones. */
  objects: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { subject: 'đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan, đơn vị', movement: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số', objects: ['hạ tầng số', 'dữ liệu số dùng chung', 'dịch vụ công trực tuyến toàn trình', 'kỹ năng số cho Nhân dân', 'nền tảng số', 'chữ ký số'] },
  { subject: 'phát động phong trào thi đua yêu nước', movement: 'Đoàn kết, sáng tạo - Hành động hiệu quả', objects: ['công tác thi đua, khen thưởng', 'điển hình tiên tiến', 'gương người tốt, việc tốt', 'các phong trào thi đua chuyên đề'] },
  { subject: 'nâng cao chất lượng đội ngũ cán bộ cơ sở', movement: 'Năm nâng cao chất lượng cán bộ cơ sở', objects: ['công tác đào tạo, bồi dưỡng cán bộ', 'đánh giá, xếp loại cán bộ hằng tháng', 'kỷ luật, kỷ cương hành chính', 'đạo đức công vụ'] },
  { subject: 'cải cách hành chính giai đoạn 2021 - 2025', movement: 'Cải cách hành chính vì người dân và doanh nghiệp', objects: ['thủ tục hành chính', 'cơ chế một cửa, một cửa liên thông', 'chỉ số hài lòng của người dân', 'chỉ số cải cách hành chính'] },
  { subject: 'xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu', movement: 'Chung sức xây dựng nông thôn mới', objects: ['tiêu chí nông thôn mới', 'hạ tầng giao thông nông thôn', 'sản phẩm OCOP', 'cảnh quan, môi trường nông thôn'] },
  { subject: 'giảm nghèo bền vững', movement: 'Vì người nghèo - không để ai bị bỏ lại phía sau', objects: ['hộ nghèo, hộ cận nghèo', 'chính sách an sinh xã hội', 'nhà ở cho hộ nghèo', 'sinh kế bền vững'] },
  { subject: 'phòng, chống tham nhũng, tiêu cực', movement: 'Xây dựng Đảng trong sạch, vững mạnh', objects: ['kiểm soát quyền lực', 'kê khai tài sản, thu nhập', 'công tác kiểm tra, giám sát', 'xử lý đơn thư phản ánh, tố cáo'] },
  { subject: 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', movement: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', objects: ['trách nhiệm nêu gương', 'chuyên đề học tập hằng năm', 'mô hình điển hình', 'văn hóa công sở'] },
  { subject: 'phòng, chống thiên tai và tìm kiếm cứu nạn', movement: 'Chủ động phòng, chống thiên tai', objects: ['phương án ứng phó bão, lũ', 'lực lượng xung kích cơ sở', 'đê điều, hồ đập', 'di dời dân khỏi vùng nguy hiểm'] },
  { subject: 'bảo đảm trật tự an toàn giao thông', movement: 'Toàn dân tham gia giữ gìn trật tự an toàn giao thông', objects: ['tuần tra, kiểm soát giao thông', 'điểm đen tai nạn giao thông', 'văn hóa giao thông', 'hành lang an toàn đường bộ'] },
  { subject: 'phòng cháy, chữa cháy và cứu nạn, cứu hộ', movement: 'Toàn dân tham gia phòng cháy, chữa cháy', objects: ['cơ sở có nguy cơ cháy, nổ', 'lực lượng dân phòng', 'phương tiện chữa cháy tại chỗ', 'nhà ở kết hợp kinh doanh'] },
  { subject: 'bảo vệ môi trường và ứng phó với biến đổi khí hậu', movement: 'Chống rác thải nhựa', objects: ['thu gom, xử lý chất thải rắn', 'rác thải nhựa', 'ô nhiễm nguồn nước', 'trồng cây xanh'] },
  { subject: 'phát triển du lịch bền vững', movement: 'Người dân thân thiện, du lịch văn minh', objects: ['sản phẩm du lịch đặc trưng', 'hạ tầng du lịch', 'quảng bá, xúc tiến du lịch', 'du lịch cộng đồng'] },
  { subject: 'thực hành tiết kiệm, chống lãng phí', movement: 'Tiết kiệm, chống lãng phí', objects: ['quản lý, sử dụng tài sản công', 'dự toán ngân sách nhà nước', 'đầu tư công', 'trụ sở làm việc dôi dư'] },
  { subject: 'thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử', movement: 'Bình dân học vụ số', objects: ['tài khoản định danh điện tử', 'cơ sở dữ liệu quốc gia về dân cư', 'thanh toán không dùng tiền mặt', 'làm sạch dữ liệu'] },
  { subject: 'công tác dân vận và thực hiện quy chế dân chủ ở cơ sở', movement: 'Dân vận khéo', objects: ['quy chế dân chủ ở cơ sở', 'tiếp công dân, đối thoại với Nhân dân', 'mô hình dân vận khéo', 'hòa giải ở cơ sở'] },
  { subject: 'sắp xếp tổ chức bộ máy và đơn vị hành chính', movement: 'Tinh gọn - Mạnh - Hiệu năng - Hiệu lực - Hiệu quả', objects: ['tổ chức bộ máy', 'chính quyền địa phương 2 cấp', 'biên chế, vị trí việc làm', 'trụ sở, tài sản sau sắp xếp'] },
  { subject: 'chăm sóc sức khỏe Nhân dân và phòng, chống dịch bệnh', movement: 'Toàn dân rèn luyện thân thể', objects: ['y tế cơ sở', 'tiêm chủng mở rộng', 'bảo hiểm y tế toàn dân', 'an toàn thực phẩm'] },
  { subject: 'đổi mới căn bản, toàn diện giáo dục và đào tạo', movement: 'Dạy tốt - Học tốt', objects: ['chất lượng dạy và học', 'cơ sở vật chất trường học', 'trường chuẩn quốc gia', 'đội ngũ nhà giáo'] },
  { subject: 'công tác quân sự, quốc phòng địa phương', movement: 'Thi đua quyết thắng', objects: ['lực lượng dân quân tự vệ', 'công tác tuyển quân', 'khu vực phòng thủ', 'giáo dục quốc phòng và an ninh'] },
];

/** Actions that open a task sentence (capitalised when a sentence starts with them). */
export const ACTIONS: readonly string[] = [
  'tăng cường', 'đẩy mạnh', 'nâng cao chất lượng', 'tổ chức quán triệt, triển khai', 'triển khai đồng bộ',
  'chủ động rà soát', 'thường xuyên kiểm tra, đôn đốc', 'tập trung chỉ đạo', 'đổi mới nội dung, phương thức',
  'kịp thời phát hiện, biểu dương', 'nghiên cứu, đề xuất', 'xây dựng và nhân rộng', 'phối hợp chặt chẽ trong',
  'tiếp tục thực hiện có hiệu quả', 'quan tâm bố trí nguồn lực cho', 'cụ thể hóa', 'đa dạng hóa hình thức tuyên truyền về',
  'kiện toàn', 'theo dõi, tổng hợp', 'đánh giá thực chất',
];

export const OBJECTS: readonly string[] = [
  'công tác tuyên truyền', 'vai trò, trách nhiệm của người đứng đầu', 'công tác kiểm tra, giám sát',
  'sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền', 'các phong trào thi đua', 'công tác cán bộ',
  'hiệu lực, hiệu quả quản lý nhà nước', 'kỷ luật, kỷ cương hành chính', 'sự phối hợp giữa các cơ quan, đơn vị',
  'các mô hình mới, cách làm hay', 'ứng dụng công nghệ thông tin', 'nguồn lực tài chính', 'chế độ thông tin, báo cáo',
  'sự đồng thuận của Nhân dân', 'các tổ chức chính trị - xã hội', 'công tác sơ kết, tổng kết',
];

export const TAILS: readonly string[] = [
  'nhằm tạo chuyển biến rõ nét trong nhận thức và hành động',
  'bảo đảm thiết thực, hiệu quả, tránh hình thức',
  'góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của địa phương',
  'phù hợp với điều kiện thực tế của từng cơ quan, đơn vị',
  'gắn với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị',
  'trên địa bàn',
  'theo đúng quy định của pháp luật',
  'tạo sự lan tỏa tích cực trong cộng đồng, xã hội',
  'bảo đảm đúng tiến độ, chất lượng',
  'đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
  'kịp thời tháo gỡ khó khăn, vướng mắc phát sinh',
  'hướng về cơ sở',
];

export const CONNECTORS: readonly string[] = ['; ', ', đồng thời ', '. Bên cạnh đó, ', ', trong đó chú trọng ', '; kết hợp '];

/** Whole assessment sentences for reports, directives and Party resolutions. */
export const ASSESSMENTS: readonly string[] = [
  'Thời gian qua, được sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp, công tác này đã đạt được nhiều kết quả quan trọng',
  'Nhận thức của cán bộ, đảng viên và Nhân dân về vị trí, vai trò của nhiệm vụ này từng bước được nâng lên',
  'Tuy nhiên, việc triển khai ở một số nơi còn chậm, chưa đồng bộ, hiệu quả chưa cao',
  'Một số cấp ủy, chính quyền chưa thực sự quan tâm, chỉ đạo quyết liệt; công tác phối hợp có lúc còn thiếu chặt chẽ',
  'Nguyên nhân chủ yếu là do người đứng đầu một số cơ quan, đơn vị chưa phát huy hết vai trò, trách nhiệm',
  'Nguồn lực đầu tư còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
  'Các chỉ tiêu chủ yếu cơ bản đạt và vượt kế hoạch đề ra, nhiều mô hình mới, cách làm hay được nhân rộng',
  'Công tác tuyên truyền được đổi mới cả về nội dung và hình thức, tạo sự đồng thuận cao trong xã hội',
];

/** Roman-numeral part titles of plans, by part role. */
export const PLAN_PARTS: readonly (readonly string[])[] = [
  ['MỤC ĐÍCH, YÊU CẦU'],
  ['NỘI DUNG, GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP', 'NỘI DUNG THỰC HIỆN', 'NHIỆM VỤ TRỌNG TÂM'],
  ['THỜI GIAN, TIẾN ĐỘ THỰC HIỆN', 'CHỈ TIÊU THI ĐUA', 'HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG'],
  ['KINH PHÍ THỰC HIỆN'],
  ['TỔ CHỨC THỰC HIỆN'],
];

export const REPORT_PARTS: readonly string[] = ['KẾT QUẢ THỰC HIỆN', 'HẠN CHẾ, NGUYÊN NHÂN', 'BÀI HỌC KINH NGHIỆM', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'ĐỀ XUẤT, KIẾN NGHỊ'];

export const RESOLUTION_PARTS: readonly string[] = ['TÌNH HÌNH VÀ NGUYÊN NHÂN', 'QUAN ĐIỂM, MỤC TIÊU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'];

/** Offices that receive tasks in "Tổ chức thực hiện" and in Nơi nhận. */
export const STATE_OFFICES: readonly string[] = [
  'Phòng Nội vụ', 'Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch', 'Phòng Giáo dục và Đào tạo',
  'Phòng Tài nguyên và Môi trường', 'Phòng Y tế', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Công an', 'Ban Chỉ huy Quân sự', 'Phòng Kinh tế', 'Phòng Văn hoá – Xã hội', 'Trung tâm Phục vụ hành chính công',
];
export const PROVINCE_OFFICES: readonly string[] = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tư pháp',
];
export const PARTY_OFFICES: readonly string[] = [
  'Ban Xây dựng Đảng', 'Ủy ban Kiểm tra', 'Văn phòng Đảng ủy', 'Ban Tuyên giáo và Dân vận',
  'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh',
];

/** Common non-citations that contain a type word (the engine must not take them). */
export const DISTRACTORS: readonly string[] = [
  'Kế hoạch 5 năm (2021 - 2025)',
  'Kế hoạch này',
  'Quy định này',
  'Chỉ thị này',
  'Nghị quyết này',
  'các Chỉ thị, Nghị quyết, Chương trình, Kế hoạch về công tác này',
];
