import LegalCalendar

/// March 2026 has no public holiday: Monday 2, 9, 16, 23, 30; Saturday 7, 14, 21, 28.
func march(_ day: Int) -> CivilDate { CivilDate(year: 2026, month: 3, day: day)! }
