/// How long a list on one page may grow. Every list whose length grows with the
/// data (cases, units, bad rows) is cut to these, says how many it leaves out and
/// links to a CSV that holds them all, so no page passes ~300 KB for any input.
enum PageBounds {
    /// Most overdue cases of each kind on the month's overdue page.
    static let overduePageCases = 100
    /// Most overdue cases of each kind on a unit or domain drill-down.
    static let drillDownCases = 20
    /// Units in the overdue page's totals table (those with the most late cases).
    static let overdueUnits = 100
    /// Rows of a unit or domain table on the overview (those with the most cases).
    /// Each row carries its rule lines (~1.3 KB): with 30 a 200-unit county's
    /// overview passed 300 KB; 20 keeps a whole county's 20 towns in the sample.
    static let scopeTableRows = 20
    /// Bars at each end of a ranking (the best and the worst).
    static let rankedEachEnd = 15
    /// Rows of the heat grid (the units with the most cases in its 12 months).
    static let heatRows = 30
    /// Skipped rows listed by line on the quality page.
    static let skippedRows = 200
}
