/// Splits text into the smallest pieces a line may break between. Punctuation is
/// glued to its neighbour (closing marks to the piece before, opening marks to the
/// piece after), numbers to their units, ASCII words and short book titles stay whole.
enum BreakUnits {
    struct Unit: Equatable {
        var text: String
        var width: Double
        var isSpace: Bool

        var endsWithPunctuation: Bool {
            guard let last = text.unicodeScalars.last else { return false }
            return isSpace || BreakUnits.closing.contains(last)
        }

        var startsWithOpening: Bool {
            text.unicodeScalars.first.map { BreakUnits.opening.contains($0) } ?? false
        }
    }

    /// Marks that must not start a line.
    static let closing: Set<Unicode.Scalar> = Set("，。、；：！？）》」』】〕〉”’,.;:!?)]}%％…—·～".unicodeScalars)
    /// Marks that must not end a line.
    static let opening: Set<Unicode.Scalar> = Set("（《「『【〔〈“‘([{".unicodeScalars)
    static let chineseDigits: Set<Unicode.Scalar> = Set("零〇一二三四五六七八九十百千万两".unicodeScalars)
    /// Units that follow a number, longest first so `个工作日` wins over `个`.
    static let numberUnits: [[Unicode.Scalar]] = [
        "个工作日", "个月", "工作日", "小时", "分钟", "人次", "万元", "周岁",
        "日", "天", "年", "月", "周", "人", "件", "次", "批", "份", "场", "条", "款", "项",
        "章", "节", "号", "元", "岁", "倍", "名", "个", "%", "％",
    ].map { Array($0.unicodeScalars) }
    /// Words that may follow a unit and stay with it: `15日内`, `30日以内`.
    static let unitSuffixes: [[Unicode.Scalar]] = ["以内", "内"].map { Array($0.unicodeScalars) }

    static func split(_ text: String, maxEm: Double) -> [Unit] {
        glue(atoms(Array(text.unicodeScalars), maxEm: maxEm))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" || scalar == "\t" }
    static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// Unbreakable atoms before punctuation glue.
    static func atoms(_ scalars: [Unicode.Scalar], maxEm: Double) -> [String] {
        var atoms: [String] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isASCIIWord(scalar) {
                var end = index
                while end < scalars.count {
                    if isASCIIWord(scalars[end]) { end += 1; continue }
                    // `1.5`, `2022-01`, `a/b` stay whole when the joiner sits inside a word.
                    if ".-/_:".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
                       isASCIIWord(scalars[end + 1]), end > index { end += 1; continue }
                    break
                }
                let numeric = isDigit(scalars[end - 1])
                end = numeric ? extendUnit(scalars, from: end) : end
                append(scalars[index..<end], to: &atoms, joiningOrdinal: numeric)
                index = end
            } else if chineseDigits.contains(scalar), let end = chineseNumberEnd(scalars, from: index, after: atoms.last) {
                append(scalars[index..<end], to: &atoms, joiningOrdinal: true)
                index = end
            } else if scalar == "《", let end = scalars[index...].firstIndex(of: "》"),
                      TextWidth.em(String(String.UnicodeScalarView(scalars[index...end]))) <= maxEm {
                atoms.append(String(String.UnicodeScalarView(scalars[index...end])))
                index = end + 1
            } else {
                atoms.append(String(scalar))
                index += 1
            }
        }
        return atoms
    }

    /// `第` before a number belongs to it: `第22条`, `第二十二条`.
    static func append(_ scalars: ArraySlice<Unicode.Scalar>, to atoms: inout [String], joiningOrdinal: Bool) {
        var text = String(String.UnicodeScalarView(scalars))
        if joiningOrdinal, atoms.last == "第" { text = atoms.removeLast() + text }
        atoms.append(text)
    }

    /// A run of Chinese numerals counts as a number only before a unit or after `第`;
    /// elsewhere (`统一`, `一次性`) its characters break like any other.
    static func chineseNumberEnd(_ scalars: [Unicode.Scalar], from start: Int, after previous: String?) -> Int? {
        var end = start
        while end < scalars.count && chineseDigits.contains(scalars[end]) { end += 1 }
        let withUnit = extendUnit(scalars, from: end)
        if withUnit > end { return withUnit }
        return previous == "第" && end - start > 1 ? end : nil
    }

    static func extendUnit(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard let unit = match(numberUnits, in: scalars, at: start) else { return start }
        let afterUnit = start + unit
        return afterUnit + (match(unitSuffixes, in: scalars, at: afterUnit) ?? 0)
    }

    static func match(_ words: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        for word in words where start + word.count <= scalars.count {
            if Array(scalars[start..<start + word.count]) == word { return word.count }
        }
        return nil
    }

    /// Closing marks join the atom before them, opening marks the atom after them.
    static func glue(_ atoms: [String]) -> [Unit] {
        var units: [Unit] = []
        var pendingOpen = ""
        for atom in atoms {
            let scalars = Array(atom.unicodeScalars)
            if scalars.count == 1, isSpace(scalars[0]) {
                if !pendingOpen.isEmpty { units.append(unit(pendingOpen)); pendingOpen = "" }
                units.append(Unit(text: atom, width: TextWidth.em(atom), isSpace: true))
            } else if scalars.count == 1, opening.contains(scalars[0]) {
                pendingOpen += atom
            } else if scalars.count == 1, closing.contains(scalars[0]), pendingOpen.isEmpty,
                      let last = units.last, !last.isSpace {
                units[units.count - 1] = unit(last.text + atom)
            } else {
                units.append(unit(pendingOpen + atom))
                pendingOpen = ""
            }
        }
        if !pendingOpen.isEmpty { units.append(unit(pendingOpen)) }
        return units
    }

    static func unit(_ text: String) -> Unit { Unit(text: text, width: TextWidth.em(text), isSpace: false) }
}
