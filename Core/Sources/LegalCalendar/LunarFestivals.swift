/// The lunar dates the public holidays hang on.
enum LunarFestivals {
    /// Mùng 1 Tết: the first day of lunar year `lunarYear`.
    static func tet(lunarYear: Int) -> CivilDate? {
        Lunar.civilDate(for: LunarDate(year: lunarYear, month: 1, day: 1))
    }

    /// Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (never the leap one).
    static func hungKingsDay(lunarYear: Int) -> CivilDate? {
        Lunar.civilDate(for: LunarDate(year: lunarYear, month: 3, day: 10))
    }
}
