/// The lunar dates the holidays hang on.
// TEMPORARY: a table for 2020-2031 until the astronomical lunar calendar lands.
enum LunarFestivals {
    private static let table: [Int: (tet: (Int, Int), hungKings: (Int, Int))] = [
        2020: ((1, 25), (4, 2)), 2021: ((2, 12), (4, 21)), 2022: ((2, 1), (4, 10)),
        2023: ((1, 22), (4, 29)), 2024: ((2, 10), (4, 18)), 2025: ((1, 29), (4, 7)),
        2026: ((2, 17), (4, 26)), 2027: ((2, 6), (4, 16)), 2028: ((1, 26), (4, 4)),
        2029: ((2, 13), (4, 23)), 2030: ((2, 2), (4, 12)), 2031: ((1, 23), (4, 1)),
    ]

    /// Mùng 1 Tết: the first day of lunar year `lunarYear`.
    static func tet(lunarYear: Int) -> CivilDate? {
        table[lunarYear].flatMap { CivilDate(year: lunarYear, month: $0.tet.0, day: $0.tet.1) }
    }

    /// 10th day of the 3rd lunar month.
    static func hungKingsDay(lunarYear: Int) -> CivilDate? {
        table[lunarYear].flatMap { CivilDate(year: lunarYear, month: $0.hungKings.0, day: $0.hungKings.1) }
    }
}
