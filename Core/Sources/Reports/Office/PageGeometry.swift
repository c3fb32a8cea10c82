/// The Decree 30 page: A4 portrait, margins top and bottom 20 mm, left 30 mm,
/// right 15 mm (the small ends of the allowed ranges, which leave the most
/// room for tables). All lengths in twips.
enum PageGeometry {
    static let width = 11_906
    static let height = 16_838
    static let top = 1_134     // 20 mm
    static let bottom = 1_134  // 20 mm
    static let left = 1_701    // 30 mm
    static let right = 850     // 15 mm
    static let headerDistance = 567  // page numbers sit 10 mm from the top edge
    static let textWidth = width - left - right  // 9355

    /// The header table's left zone (issuer) and right zone (Quốc hiệu). It reaches
    /// half a centimetre into the wide left margin, as the official templates do, so
    /// the Quốc hiệu fits on one line at 13 pt and the issuer wraps less.
    static let headerIndent = -284
    static let headerWidth = textWidth + 340
    static let headerLeftWidth = 4_250
    static let headerRightWidth = headerWidth - headerLeftWidth
    /// The bottom block: Nơi nhận on the left, the signature on the right.
    static let bottomLeftWidth = 4_400
    static let bottomRightWidth = textWidth - bottomLeftWidth

    static let firstLineIndent = 567  // 1 cm
}
