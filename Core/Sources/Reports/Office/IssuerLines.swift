/// The issuer's name in the header zone, on one line or two. A name as wide
/// as its zone runs into the Quốc hiệu beside it and reads as one line with
/// it, so official documents break it, before the administrative level
/// ("ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ"), or for a name without one at the space
/// that best balances the two lines ("SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG").
enum IssuerLines {
    /// Administrative levels, longer first so "THỊ XÃ" wins over "XÃ".
    static let levels: [[Substring]] = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"]
        .map { $0.split(separator: " ") }

    /// `name` in capitals; `fits` says whether a line fits the zone with room to spare.
    static func lines(_ name: String, fits: (String) -> Bool) -> [String] {
        let words = name.split(separator: " ")
        guard !fits(name), words.count > 1 else { return [name] }
        for k in 1..<words.count where levels.contains(where: { words[k...].starts(with: $0) }) {
            return [words[..<k].joined(separator: " "), words[k...].joined(separator: " ")]
        }
        let length = { (part: ArraySlice<Substring>) in part.joined(separator: " ").count }
        let k = (1..<words.count).min { max(length(words[..<$0]), length(words[$0...])) < max(length(words[..<$1]), length(words[$1...])) }!
        return [words[..<k].joined(separator: " "), words[k...].joined(separator: " ")]
    }
}
