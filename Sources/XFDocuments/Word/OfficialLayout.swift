/// The numbers of GB/T 9704-2012 《党政机关公文格式》 that a Word document uses, in
/// twips (1/1440 inch; 1 mm = 1440 / 25.4 twips) and half-points, written once.
///
/// - A4 (210 × 297 mm); 天头 (top margin) 37 mm, 订口 (left margin) 28 mm;
///   版心 (type area) 156 × 225 mm, so right 26 mm and bottom 35 mm.
/// - 22 lines of 28 characters of 3号 (16 pt) type: line pitch 225 mm / 22 and
///   character pitch 156 mm / 28, both rounded down so 22 × 28 always fit.
///   The lines are a `docGrid` line grid (Word/WPS 文档网格) plus exact line
///   spacing; the 28 characters are the body text condensed by `condense`
///   (0.25 pt), not a `linesAndChars` character grid: LibreOffice snaps every
///   CJK character wider than a grid cell to two cells, which spreads 16 pt text
///   in a 15.8 pt grid to 14 characters a line. `charSpace` is still written (the
///   value Word's 28-character grid would have) for anyone who switches the grid on.
/// - 页码: 4号 宋体 "— 1 —", a 一字线 at each side, about 7 mm below the type
///   area; odd pages right with one character space, even pages left.
enum OfficialLayout {
    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    static let pageWidth = twips(millimetres: 210)  // 11906
    static let pageHeight = twips(millimetres: 297)  // 16838
    static let top = twips(millimetres: 37)
    static let left = twips(millimetres: 28)
    static let right = twips(millimetres: 210 - 28 - 156)
    static let bottom = twips(millimetres: 297 - 37 - 225)
    static var typeWidth: Int { pageWidth - left - right }
    static var typeHeight: Int { pageHeight - top - bottom }

    static let lines = 22
    static let charactersPerLine = 28
    /// 579 twips (28.95 pt).
    static var linePitch: Int { typeHeight / lines }
    /// Body size: 3号 = 16 pt = 32 half-points = 320 twips.
    static let bodyHalfPoints = 32
    /// `charSpace`: the grid's character pitch minus the body size, in 1/4096 pt.
    static var charSpace: Int {
        let pitchTwips = Double(typeWidth) / Double(charactersPerLine)
        return Int(((pitchTwips - Double(bodyHalfPoints * 10)) / 20 * 4096).rounded(.down))
    }

    /// Character spacing of body text in twips (negative: condensed), so that
    /// 28 characters fill one line: 16 pt − 156 mm / 28, rounded up.
    static var condense: Int {
        let excess = Double(bodyHalfPoints * 10) - Double(typeWidth) / Double(charactersPerLine)
        return -Int(excess.rounded(.up))
    }

    /// Footer distance from the page's bottom edge: 7 mm below the type area
    /// to the top of the 4号 line, so its baseline sits about 23 mm up.
    static let footer = twips(millimetres: 297 - 37 - 225 - 7 - 5)
    static let header = twips(millimetres: 15)

    /// Compact variant (one-page brief): 4号 body on a 26 pt pitch.
    static let compactBodyHalfPoints = 28
    static let compactLinePitch = 520

    enum Font {
        static let title = "方正小标宋简体"
        static let body = "仿宋_GB2312"
        static let heading1 = "黑体"
        static let heading2 = "楷体_GB2312"
        static let table = "仿宋_GB2312"
        static let tableHeader = "黑体"
        static let pageNumber = "宋体"
        /// Latin letters and digits beside the CJK faces.
        static let latin = "Times New Roman"
    }

    enum Size {
        /// 2号 22 pt.
        static let title = 44
        /// 4号 14 pt.
        static let pageNumber = 28
        /// 小四 12 pt for tables, 五号 10.5 pt in the compact variant.
        static let table = 24
        static let compactTable = 21
        /// The 简报 name in the masthead, 小初 36 pt.
        static let masthead = 72
    }

    /// 红色 of 版头 and 分隔线.
    static let red = "FF0000"
}
