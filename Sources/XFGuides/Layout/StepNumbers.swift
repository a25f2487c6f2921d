/// The numbers of a sheet's numbered boxes follow the order a reader meets them:
/// column by column, row by row from the top, and left to right within a row. The
/// list of details beside the chart is printed in the same order.
extension GuideLayout {
    /// The numbered box of each step id, as printed (empty when the boxes hold their details).
    public var stepNumbers: [String: Int] {
        Dictionary(uniqueKeysWithValues: boxes.compactMap { box in box.number.map { (box.id, $0) } })
    }

    /// Renumbers the numbered boxes in reading order. Marks past ⑳ print wider, so a
    /// chart with more numbered boxes than that keeps the order the boxes were measured in.
    mutating func numberInReadingOrder() {
        let numbered = boxes.indices.filter { boxes[$0].number != nil }
        guard numbered.count <= 20 else { return }
        let order = numbered.sorted { a, b in
            let p = boxes[a], q = boxes[b]
            if p.column != q.column { return p.column < q.column }
            // Boxes of one row share their centre line.
            if abs(p.centerY - q.centerY) > 0.5 { return p.centerY < q.centerY }
            return p.x < q.x
        }
        for (position, index) in order.enumerated() {
            boxes[index].number = position + 1
            let cue = NodeBox.cue(boxes[index].kind, number: position + 1)
            boxes[index].lines = boxes[index].lines.map { line in
                var line = line
                if line.role == .cue { line.text = cue }
                return line
            }
        }
    }
}
