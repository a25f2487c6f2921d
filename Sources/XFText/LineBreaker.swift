/// Wraps a label to a maximum width in em with the rules of Chinese typesetting:
/// no line starts with closing punctuation, no line ends with opening punctuation,
/// numbers stay with their units (`60日`, `6个月`, `第二十二条`), ASCII words and
/// short book titles (`《信访工作条例》`) are never split. Among the wrappings with
/// the fewest lines it picks the most even one, so a label never ends with a lone
/// character. Same input, same lines.
public enum LineBreaker {
    /// Lines of `text` no wider than `maxEm` where possible; a single unbreakable
    /// unit wider than `maxEm` gets a line of its own. Explicit `\n` forces a break.
    public static func wrap(_ text: String, maxEm: Double) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let units = BreakUnits.split(String(paragraph), maxEm: maxEm)
            lines += balanced(units, maxEm: maxEm)
        }
        return lines.filter { !$0.isEmpty }
    }

    /// The widest line of `lines` in em.
    public static func widestEm(_ lines: [String]) -> Double {
        lines.map { TextWidth.em($0) }.max() ?? 0
    }

    /// Dynamic programming over break positions: first the fewest lines that fit,
    /// then, among those, the smallest sum of squared widths (the most even lines),
    /// preferring breaks after punctuation.
    static func balanced(_ units: [BreakUnits.Unit], maxEm: Double) -> [String] {
        let count = units.count
        guard count > 0 else { return [] }
        // width(i, j): units i..<j on one line, leading and trailing spaces dropped.
        func lineWidth(_ start: Int, _ end: Int) -> Double {
            var first = start, last = end
            while first < last && units[first].isSpace { first += 1 }
            while last > first && units[last - 1].isSpace { last -= 1 }
            var width = 0.0
            for index in first..<last { width += units[index].width }
            return width
        }
        let tolerance = 1e-9
        // best[j] = (lines, cost) to set units 0..<j.
        var best = [(lines: Int, cost: Double, from: Int)](repeating: (Int.max, .infinity, -1), count: count + 1)
        best[0] = (0, 0, -1)
        for end in 1...count {
            for start in stride(from: end - 1, through: 0, by: -1) {
                guard best[start].lines != Int.max else { continue }
                let width = lineWidth(start, end)
                let single = end - start == 1 || units[start..<end].allSatisfy(\.isSpace)
                if width > maxEm + tolerance && !single { break }
                // A break after punctuation or before an opening mark reads best; one before a
                // joining word (或者, 并, 向 …) or after 的 keeps words whole; elsewhere it costs a little.
                let clean = end == count || units[end - 1].endsWithPunctuation || units[end].startsWithOpening
                let penalty = clean ? 0 : joins(units[end - 1], units[end]) ? joinPenalty : breakPenalty
                let candidate = (lines: best[start].lines + 1, cost: best[start].cost + width * width + penalty, from: start)
                if candidate.lines < best[end].lines
                    || (candidate.lines == best[end].lines && candidate.cost < best[end].cost - tolerance) {
                    best[end] = candidate
                }
            }
        }
        var cuts: [Int] = []
        var position = count
        while position > 0 {
            cuts.append(position)
            position = best[position].from
        }
        var lines: [String] = []
        var start = 0
        for end in cuts.reversed() {
            lines.append(text(units[start..<end]))
            start = end
        }
        return lines
    }

    /// Cost of a break that is not after punctuation, in em² (the unit of the
    /// evenness cost): enough to move a break by a character or two to a comma.
    static let breakPenalty = 6.0

    /// Cost of a break before a joining word or after 的: less than inside a word,
    /// more than after a comma.
    static let joinPenalty = 2.0

    /// Words a line may well start with, and the one it may well end with, in the
    /// short sentences of a guide: a break there leaves the words on both sides whole.
    static let lineStarts = ["或者", "或", "并", "向", "和"]
    static let lineEnds = ["的"]

    static func joins(_ before: BreakUnits.Unit, _ after: BreakUnits.Unit) -> Bool {
        lineEnds.contains { before.text.hasSuffix($0) } || lineStarts.contains { after.text.hasPrefix($0) }
    }

    static func text(_ units: ArraySlice<BreakUnits.Unit>) -> String {
        var slice = units
        while slice.first?.isSpace == true { slice = slice.dropFirst() }
        while slice.last?.isSpace == true { slice = slice.dropLast() }
        return slice.map(\.text).joined()
    }
}
