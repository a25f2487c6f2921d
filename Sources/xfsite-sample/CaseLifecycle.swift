/// The life of one case after registration: acceptance decision, extension,
/// reply, rating, review and re-review, each with a realistic delay. Dates may run
/// past the cut-off; exports simply do not show them yet.
enum CaseLifecycle {
    private static let acceptDelays = WeightTable([3, 8, 12, 14, 13, 11, 9, 7, 6, 5, 4, 3, 2, 1.5, 1, 0.8])  // 0…15 days
    private static let reviewRate = 0.05, reReviewRate = 0.25

    /// `stall` (stress profile only, else 0 and no draw): the chance, scaled by the
    /// unit's laxity, that the case stalls for good — a third of them never decided
    /// (超期未受理), the rest accepted and never closed (超期未办结).
    static func play(_ c: inout SampleCase, domainName: String, laxity: Double, stall: Double = 0, rng: inout SplitMix64) {
        // A very few matters are never decided: they stay as 超期未受理.
        if rng.chance(0.0003) { return }
        let stalls = stall > 0 && rng.chance(stall * laxity)
        if stalls && rng.chance(1.0 / 3) { return }
        let late = rng.chance(0.025 * laxity)
        c.decided = c.registered + Day(late ? rng.int(16...40) : rng.pick(acceptDelays))

        let legal = domainName == "涉法涉诉"
        c.acceptance = rng.chance(legal ? 0.55 : 0.1) ? .rejected : .accepted
        c.route = route(c, domainName: domainName, rng: &rng)
        guard c.acceptance == .accepted else { return }

        let backlog = c.flags.contains(.backlog)
        if stalls || rng.chance(backlog ? 0.04 : 0.0004) { return }   // 超期未办结 that never closes
        let extended = rng.chance(backlog ? 0.5 : 0.07)
        if extended { c.extended = c.decided + Day(rng.int(35...58)) }
        let deadline = extended ? 90 : 60
        let overdue = rng.chance(backlog ? 0.25 : 0.02 * laxity)
        let delay: Int
        if overdue {
            delay = deadline + rng.int(1...(backlog ? 150 : 40))
        } else if extended {
            delay = rng.int(61...deadline)
        } else {
            // Most replies come in the third to seventh week.
            delay = min(deadline, 5 + rng.int(0...25) + rng.int(0...30))
        }
        c.closed = c.decided + Day(delay)

        let resolvedChance = backlog ? 0.95 : c.flags.contains(.firstTime) ? 0.962 : 0.88
        if rng.chance(resolvedChance) { c.flags.insert(.resolved) }
        if rng.chance(0.87) {
            c.rated = c.closed + Day(rng.int(0...3) + rng.int(0...9))
            let unresolved = !c.flags.contains(.resolved)
            c.rating = (unresolved || overdue) && rng.chance(0.5) ? .dissatisfied : Rating(rawValue: UInt8(rng.pick(ratingTable)))!
        }
        let unhappy = c.rating == .dissatisfied && c.rated != SampleCase.never || !c.flags.contains(.resolved)
        if unhappy, rng.chance(reviewRate) {
            c.review = max(c.closed, c.rated == SampleCase.never ? c.closed : c.rated) + Day(rng.int(3...30))
            if rng.chance(reReviewRate) { c.reReview = c.review + Day(rng.int(32...60)) }
        }
    }

    private static let ratingTable = WeightTable([72, 24, 4])

    /// Matters that belong to a statutory channel are mostly not accepted as petitions
    /// and are guided there (诉访分离); accepted ones go through the petition procedure.
    private static func route(_ c: SampleCase, domainName: String, rng: inout SplitMix64) -> Route {
        guard c.category == .claim else { return .petition }
        let guided = c.acceptance == .rejected ? rng.chance(0.8) : rng.chance(0.03)
        guard guided else { return .petition }
        switch domainName {
        case "人力资源和社会保障": return rng.chance(0.7) ? .arbitration : .litigation
        case "农业农村": return rng.chance(0.6) ? .arbitration : .adjudication
        case "城乡建设", "自然资源": return rng.chance(0.6) ? .reconsideration : .litigation
        case "涉法涉诉": return .litigation
        default:
            return [Route.litigation, .reconsideration, .otherStatutory][rng.int(0...2)]
        }
    }
}
