/// Horizontal bus tracks inside the gap between two layers. A bus is the stem
/// from one parent, a horizontal run at its track, and drops to its children.
/// Overlapping buses get different tracks, ordered so that a stem ends above any
/// bus it would otherwise cut and a bus runs above any drop it would otherwise cut.
struct Bus {
    var upper: Int
    var stemX: Double
    var drops: [Double]
    var track = 0

    var low: Double { min(stemX, drops.min() ?? stemX) }
    var high: Double { max(stemX, drops.max() ?? stemX) }
    var isStraight: Bool { high - low < 0.5 }

    func overlaps(_ other: Bus) -> Bool { low < other.high - 0.5 && other.low < high - 0.5 }
    func strictlyInside(_ x: Double) -> Bool { x > low + 0.5 && x < high - 0.5 }
}

enum GapTracks {
    /// Assigns `track` to every bus and returns how many tracks the gap needs.
    static func assign(_ buses: inout [Bus]) -> Int {
        let count = buses.count
        guard count > 0 else { return 0 }
        // above[b] = buses that must run on a higher track than b.
        var above = Array(repeating: Set<Int>(), count: count)
        for a in 0..<count where !buses[a].isStraight {
            for b in 0..<count where b != a && !buses[b].isStraight && buses[a].overlaps(buses[b]) {
                // b's stem inside a's span, or a's drop inside b's span: b goes higher.
                if buses[a].strictlyInside(buses[b].stemX) || buses[a].drops.contains(where: buses[b].strictlyInside) {
                    above[a].insert(b)
                }
            }
        }
        var done = Array(repeating: false, count: count)
        var order: [Int] = []
        while order.count < count {
            // Ready: every bus that must be higher is already placed; on a loop take the first left.
            let next = (0..<count).first { !done[$0] && above[$0].allSatisfy { done[$0] } }
                ?? (0..<count).first { !done[$0] }!
            done[next] = true
            order.append(next)
        }
        var tracks = 0
        var assigned: [Int] = []
        for bus in order {
            var track = above[bus].filter { assigned.contains($0) }.map { buses[$0].track + 1 }.max() ?? 0
            if !buses[bus].isStraight {
                while assigned.contains(where: { buses[$0].track == track && !buses[$0].isStraight && buses[$0].overlaps(buses[bus]) }) {
                    track += 1
                }
            }
            buses[bus].track = track
            assigned.append(bus)
            tracks = max(tracks, track + 1)
        }
        return tracks
    }
}
