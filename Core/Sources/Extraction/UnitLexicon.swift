/// The words that Vietnamese public bodies are named with. A name is a head
/// noun ("Phòng", "Sở", "Chi cục", "UBND"...), field words ("Tài chính - Kế
/// hoạch", "dự án đầu tư xây dựng") and a locality ("thị xã", "huyện Bình
/// Sơn", "tỉnh Quảng Ngãi"); honorifics in front ("Thủ trưởng", "Chủ tịch")
/// name the head of the body, not another body.
enum UnitLexicon {
    /// Heads that need field words or a locality after them.
    static let namedHeads = PhraseSet([
        "phòng", "sở", "ban", "chi cục", "cục", "tổng cục", "trung tâm", "văn phòng", "cơ quan",
        "bộ", "hội", "đoàn", "đội", "hạt", "trạm", "trường", "bệnh viện", "kho bạc", "ngân hàng",
        "chi nhánh", "đài", "liên đoàn", "tòa án", "toà án", "viện kiểm sát", "bảo hiểm xã hội", "công ty",
        "ủy ban", "hội đồng", "thanh tra", "công an", "ban quản lý", "ban chỉ đạo", "ban chỉ huy",
        "bộ chỉ huy", "kiểm toán", "cảnh sát", "điện lực", "viễn thông", "bưu điện", "quỹ", "tổ",
        "liên minh", "mặt trận", "huyện đoàn", "tỉnh đoàn", "thành đoàn", "đảng ủy", "đảng uỷ",
        "báo", "thuế", "đồn", "hải quan", "hợp tác xã", "tổng công ty", "chi cục thuế", "học viện", "viện",
        "đoàn thanh niên", "hạt kiểm lâm", "cảng vụ", "khu quản lý", "ban quản lý dự án",
    ])
    /// Heads that already name a body without further field words ("các Ban Quản lý dự án của tỉnh").
    static let completeHeads = PhraseSet(["ban quản lý dự án", "hạt kiểm lâm", "đoàn thanh niên", "chi cục thuế", "bảo hiểm xã hội", "hợp tác xã", "đồn biên phòng", "tỉnh đoàn", "huyện đoàn", "thành đoàn"])
    /// Heads that must be written with a capital ("Ban", not the "ban" of "phòng, ban").
    static let headsNeedingCapital = PhraseSet(["ban", "bộ", "hội", "đoàn", "đội", "tổ", "quỹ", "cơ quan", "trường", "đài", "trạm", "hạt", "cục", "thanh tra", "công an", "kiểm toán", "mặt trận", "ủy ban", "hội đồng", "văn phòng", "trung tâm", "sở", "phòng", "chi nhánh", "công ty", "cảnh sát", "báo", "thuế", "đồn", "hải quan", "hợp tác xã", "viện"])

    /// Elected and front bodies named by their locality: "UBND thị xã", "HĐND huyện".
    static let localBodies = PhraseSet([
        "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "hđnd", "hội đồng nhân dân",
        "ubmttq", "ubmttqvn", "ủy ban mttq", "ủy ban mttqvn", "ủy ban mttq việt nam", "uỷ ban mttq việt nam",
        "ub mttq việt nam", "ủy ban mặt trận tổ quốc việt nam", "uỷ ban mặt trận tổ quốc việt nam", "mttq", "ub mttq",
        "ủy ban mặt trận tổ quốc", "ubkt", "ủy ban kiểm tra",
    ])
    static let electedBodies = PhraseSet(["ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"])
    static let councils = PhraseSet(["hđnd", "hội đồng nhân dân"])

    /// Party committees, complete on their own.
    static let partyCommittees = PhraseSet(["thị ủy", "thị uỷ", "huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "quận ủy", "quận uỷ"])

    static let investor = PhraseSet(["chủ đầu tư"])

    /// Person roles kept as the acting party: "các Phó Chủ tịch UBND thị xã".
    static let personRoles = PhraseSet(["phó chủ tịch", "ủy viên", "uỷ viên"])

    /// Titles in front of a body's name: the body is meant ("Thủ trưởng các cơ quan" = the bodies).
    static let honorifics = PhraseSet([
        "thủ trưởng", "chủ tịch", "giám đốc", "trưởng", "lãnh đạo", "đồng chí", "các đồng chí",
        "chánh", "phó giám đốc", "phó trưởng", "chỉ huy trưởng", "người đứng đầu", "đại diện",
        "đại diện lãnh đạo", "bí thư", "trưởng ban",
    ])

    /// "thị xã", "huyện"...: the administrative level that ends a name, often with a place name after it.
    static let localityKinds = PhraseSet([
        "thị xã", "huyện", "tỉnh", "thành phố", "quận", "xã", "phường", "thị trấn", "đặc khu", "tp", "tx",
        "thôn", "bản",
    ])
    static let levelWords = PhraseSet(["cấp xã", "cấp huyện", "cấp tỉnh", "các cấp", "cấp cơ sở", "trung ương"])
    static let area = PhraseSet(["khu vực"])

    /// Lower-case field words met inside names ("Chi cục thuế", "Ban Quản lý dự án đầu tư xây dựng").
    static let fieldWords = PhraseSet([
        "dự án", "quản lý dự án", "đầu tư", "đầu tư xây dựng", "quỹ đất", "phát triển quỹ đất", "nông thôn", "đô thị",
        "thuế", "nông nghiệp", "dịch vụ", "việc làm", "kinh doanh", "xã hội", "thông tin", "truyền thông",
        "môi trường", "tài nguyên", "thống kê", "kiểm lâm", "y tế", "giáo dục", "đào tạo", "nghề nghiệp",
        "giáo dục thường xuyên", "hành chính công", "một cửa", "nhà nước", "quản lý", "quản lý thị trường",
        "đất đai", "đăng ký đất đai", "chính sách xã hội", "thú y", "chăn nuôi", "thủy lợi", "thuỷ lợi", "thủy sản",
        "lâm nghiệp", "khuyến nông", "văn hóa", "văn hoá", "thể thao", "du lịch", "truyền thanh", "truyền hình",
        "phát thanh", "nội vụ", "tư pháp", "công thương", "kế hoạch", "tài chính", "lao động", "thương binh",
        "nhân dân", "quân sự", "biên phòng", "chuyển đổi số", "công nghệ", "hạ tầng", "giao thông", "vận tải",
        "cấp nước", "công trình", "công ích", "an toàn thực phẩm", "bảo vệ thực vật", "trồng trọt", "phòng cháy",
        "chữa cháy", "cứu nạn", "cứu hộ", "điều hành", "thông minh", "sự nghiệp", "việt nam", "điện tử",
        "phát triển", "phát triển quỹ đất", "bảo tồn", "thiên nhiên", "khu bảo tồn", "bảo tồn thiên nhiên", "cửa khẩu",
        "khu kinh tế", "công nghiệp", "nông dân", "phụ nữ", "cựu chiến binh", "thanh niên", "chữ thập đỏ",
        "công tác", "giúp việc", "liên ngành", "thường trực", "các công trình", "công trình giao thông", "dân dụng", "dân dụng và công nghiệp", "nông nghiệp và phát triển nông thôn",
    ])

    /// First syllables that end a name when they follow a capitalised word: verbs and
    /// function words ("Phòng Kinh tế theo dõi", "VNPT Quảng Ngãi để").
    static let nameBreakers = PhraseSet([
        "để", "và", "của", "với", "cho", "tại", "theo", "trong", "trên", "về", "là", "có", "được", "đã", "đang",
        "sẽ", "thì", "mà", "nhằm", "khi", "từ", "đến", "các", "những", "một", "này", "đó", "sau", "trước", "gồm",
        "như", "hoặc", "chủ", "phối", "tham", "thực", "tổ", "khẩn", "tập", "tiếp", "thường", "kịp", "rà", "hướng",
        "kiểm", "báo", "làm", "đôn", "nghiên", "đề", "tăng", "xây", "chịu", "chuẩn", "phấn", "quản", "giải",
        "chỉ", "ban", "hoàn", "cần", "phải", "nghiêm", "đảm", "bảo", "trình", "gửi", "lập", "vận", "hỗ", "tuyên",
        "cung", "sớm", "ngay", "tích", "sử", "phụ", "trực", "cùng", "đồng", "yêu", "giao", "căn", "nắm", "thống",
        "kết", "tạo", "đẩy", "huy", "tiến", "bố", "duy", "thu", "chi", "xử", "xem", "nâng", "mời", "đi", "dự",
        "tuyển", "nhận", "gặp", "họp", "tổng", "ra", "vào", "lên", "xuống", "còn", "vẫn", "cũng", "đều",
    ])

    /// Collective nouns that make a group of bodies: "các cơ quan, đơn vị, địa phương".
    static let collectives = PhraseSet([
        "cơ quan", "đơn vị", "địa phương", "phòng", "ban", "ngành", "ban ngành", "sở", "sở ngành", "xã", "phường",
        "thị trấn", "huyện", "tỉnh", "doanh nghiệp", "tổ chức", "cá nhân", "hội", "đoàn thể", "trường", "cơ sở",
        "thành viên", "cơ quan chuyên môn", "ngành chức năng", "lực lượng", "hội đoàn thể", "tổ chức chính trị",
        "tổ chức chính trị - xã hội", "cơ quan chức năng", "địa phương mình", "trường học",
        "đơn vị sự nghiệp", "cơ quan hành chính", "đảng ủy", "đảng uỷ", "chi bộ", "thôn", "bản", "tổ dân phố", "khu phố",
        "cấp ủy", "cấp uỷ", "tổ chức đảng", "đoàn thể chính trị - xã hội", "tổ chức chính trị - xã hội", "đặc khu",
        "hợp tác xã", "đồn", "đồn biên phòng",
    ])
    /// Words that qualify such a group: "thuộc UBND thị xã", "có liên quan", "trên địa bàn thị xã".
    static let groupQualifiers = PhraseSet([
        "có liên quan", "liên quan", "trung ương", "chuyên môn", "có chức năng", "chức năng", "trực thuộc", "thuộc",
        "trên địa bàn", "cấp xã", "cấp huyện", "cấp tỉnh", "các cấp", "trong tỉnh", "trong huyện", "trong thị xã",
        "của tỉnh", "của huyện", "của thị xã", "thành viên", "phụ trách", "được giao", "chủ trì",
    ])
    static let plural = PhraseSet(["các", "những", "toàn thể"])
    static let listJoiners = PhraseSet(["và", "&", ",", ";", "cùng", "với", "hoặc"])
    /// Words a name (or its honorific) can start with: a quick test before the grammar runs.
    static let nameStarts: KeyTable = {
        var keys = Set<UInt64>()
        for set in [honorifics, plural, personRoles, localBodies, partyCommittees, investor, namedHeads, collectives] {
            keys.formUnion(set.firstKeys)
        }
        return KeyTable(keys.map { ($0, 1) })
    }()

    /// "Các phòng: Tài chính - Kế hoạch, Kinh tế, ..." lists several bodies of one kind.
    static let sharedHeads = PhraseSet(["phòng", "sở", "ban", "trung tâm", "chi cục", "cơ quan", "đơn vị", "đoàn"])
}
