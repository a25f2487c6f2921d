import XFCalendar
import XFIndicators
import XFSettings

/// Builds the layout's chrome for a page at a given path: the `../` prefix, the
/// main navigation and, for snapshot pages, the month bar with its picker.
struct ChromeFactory {
    enum Section: Equatable { case latest, snapshot, archive, reports, downloads, quality }
    enum Tab: Equatable { case overview, overdue, brief, drill }

    let settings: SiteSettings
    let months: [Month]
    let cutoff: CivilDate?

    func chrome(path: String, title: String, section: Section, month: Month? = nil, tab: Tab = .overview,
                bodyClass: String = "") -> PageChrome {
        let root = SitePaths.root(of: path)
        let latest = months.last
        let nav = [
            NavLink(label: "最新月份", href: root + SitePaths.home, current: section == .latest),
            NavLink(label: "月份归档", href: root + SitePaths.archive, current: section == .archive),
            NavLink(label: "期间报告", href: root + SitePaths.reports, current: section == .reports),
            NavLink(label: "数据下载", href: root + SitePaths.downloads, current: section == .downloads),
            NavLink(label: "数据质量", href: root + SitePaths.quality, current: section == .quality),
            // The public guides sit beside the intranet tree (site/public/).
            NavLink(label: "公开导引", href: root + "../" + SitePaths.Public.indexPath, current: false),
        ]
        return PageChrome(root: root, pageTitle: title + " · " + settings.title, siteTitle: settings.title,
                          organisation: settings.organisation, nav: nav,
                          months: month.map { monthBar($0, root: root, tab: tab, isLatestPage: section == .latest && $0 == latest) },
                          bodyClass: bodyClass,
                          generatedNote: cutoff.map { "数据截至\(Self.chineseDate($0))" } ?? "")
    }

    func monthBar(_ month: Month, root: String, tab: Tab, isLatestPage: Bool) -> MonthBar {
        let index = months.firstIndex(of: month)
        let previous = index.flatMap { $0 > 0 ? months[$0 - 1] : nil }
        let next = index.flatMap { $0 + 1 < months.count ? months[$0 + 1] : nil }
        var years: [PickerYear] = []
        for candidate in months.reversed() {
            let link = NavLink(label: "\(candidate.month)月", href: root + SitePaths.snapshot(candidate), current: candidate == month)
            if years.last?.year == "\(candidate.year)年" {
                years[years.count - 1].months.append(link)
            } else {
                years.append(PickerYear(year: "\(candidate.year)年", months: [link]))
            }
        }
        // Months read January → December inside each year.
        for index in years.indices { years[index].months.reverse() }
        let isPartial = month == months.last && cutoff.map { $0 != month.lastDay } == true
        let asOf = isPartial ? cutoff! : month.lastDay
        return MonthBar(title: month.chinese + (isLatestPage ? "（最新）" : ""),
                        asOfNote: (isPartial ? "本月数据不完整，" : "") + "数据截至\(Self.chineseDate(asOf))",
                        previous: previous.map { NavLink(label: "‹ " + $0.chinese, href: root + SitePaths.snapshot($0), current: false) },
                        next: next.map { NavLink(label: $0.chinese + " ›", href: root + SitePaths.snapshot($0), current: false) },
                        years: years, tabs: [
                            NavLink(label: "概览", href: root + SitePaths.snapshot(month), current: tab == .overview && !isLatestPage),
                            NavLink(label: "超期清单", href: root + SitePaths.overdue(month), current: tab == .overdue),
                            NavLink(label: "打印月报", href: root + SitePaths.brief(month), current: tab == .brief),
                        ] + reportTabs(month, root: root))
    }

    /// 季度报告 / 年度报告 of the month's quarter and year.
    func reportTabs(_ month: Month, root: String) -> [NavLink] {
        [ReportPeriod(kind: .quarter, year: month.year, number: (month.month - 1) / 3 + 1), ReportPeriod(kind: .year, year: month.year)]
            .map { NavLink(label: $0.kind == .year ? "年度报告" : "季度报告", href: root + SitePaths.report($0), current: false) }
    }

    static func chineseDate(_ date: CivilDate) -> String {
        let c = date.components
        return "\(c.year)年\(c.month)月\(c.day)日"
    }
}
