/// The site settings (`content/site.toml`): everything has a default, so the file
/// is optional. Parsed by `SettingsParser`; documented in docs/SETTINGS.md.
public struct SiteSettings: Sendable, Equatable {
    /// Site title shown in the header of every page.
    public var title = "信访工作数据看板"
    /// Name of the whole area, used for scope `all` (全区).
    public var region = "示例区"
    /// The bureau that publishes the site.
    public var organisation = "示例区信访局"
    /// Overrides the data cut-off (otherwise the latest date in any content table).
    public var cutoff: CivilDate?
    /// Absolute URL of the published site, for later use in links that must be absolute.
    public var baseURL: String?
    /// Target bands per indicator id; see `Target.defaults`.
    public var targets: [String: Target] = Target.defaults
    /// The form of the monthly brief's Word file (`brief_form`: 公文 or 简报).
    public var briefForm: BriefForm = .official

    public init() {}
}

/// 公文: the GB/T 9704 layout of the reports; 简报: a red masthead with the issue number.
public enum BriefForm: String, Sendable, Equatable, CaseIterable {
    case official = "公文"
    case bulletin = "简报"
}

/// 目标值: a rate's green and yellow thresholds and which direction is better.
/// For higher-is-better, value ≥ green is green, ≥ yellow is yellow, else red;
/// for lower-is-better the comparisons are ≤.
public struct Target: Sendable, Equatable {
    public enum Band: String, Sendable { case green, yellow, red }

    public var green: Double
    public var yellow: Double
    public var higherIsBetter: Bool

    public init(green: Double, yellow: Double, higherIsBetter: Bool = true) {
        self.green = green
        self.yellow = yellow
        self.higherIsBetter = higherIsBetter
    }

    public func band(for value: Double) -> Band {
        if higherIsBetter {
            return value >= green ? .green : value >= yellow ? .yellow : .red
        }
        return value <= green ? .green : value <= yellow ? .yellow : .red
    }

    public static let defaults: [String: Target] = [
        "timely_acceptance": Target(green: 0.95, yellow: 0.90),
        "ontime_closing": Target(green: 0.95, yellow: 0.90),
        "participation": Target(green: 0.90, yellow: 0.80),
        "satisfaction": Target(green: 0.90, yellow: 0.85),
        "one_time_resolution": Target(green: 0.90, yellow: 0.85),
        "backlog_resolution": Target(green: 0.90, yellow: 0.80),
        "statutory_route": Target(green: 0.50, yellow: 0.30),
        "exam_pass": Target(green: 1.0, yellow: 0.90),
        "repeat_share": Target(green: 0.10, yellow: 0.15, higherIsBetter: false),
        "online_share": Target(green: 0.60, yellow: 0.40),
    ]
}
