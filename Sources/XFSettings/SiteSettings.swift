import XFCalendar
import XFSource

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
    /// Where `public/` is published (ends with `/`); posters and booklet pages
    /// then carry a QR code to each guide's page there.
    public var publicURL: String?
    /// `[targets.<id>]` sections as written, in file order; XFIndicators resolves
    /// them against its catalogue (unknown ids, defaults, threshold order).
    public var targets: [TargetSetting] = []
    /// Rates with a smaller denominator are shown as 样本不足: no band, no change, no rank.
    public var minDenominator = 10
    /// Telephone numbers the bureau publishes itself (its hotline): the
    /// pre-publish personal-data scan lets these through. As written, any separators.
    public var allowedNumbers: [String] = []
    /// The form of the monthly brief's Word file (`brief_form`: 公文 or 简报).
    public var briefForm: BriefForm = .official

    public init() {}
}

/// 公文: the GB/T 9704 layout of the reports; 简报: a red masthead with the issue number.
public enum BriefForm: String, Sendable, Equatable, CaseIterable {
    case official = "公文"
    case bulletin = "简报"
}

/// One `[targets.<id>]` section of site.toml: the thresholds the clerk wrote (nil
/// where the default applies) and where the section starts, for messages.
public struct TargetSetting: Sendable, Equatable {
    public var id: String
    public var green: Double?
    public var yellow: Double?
    public var higherIsBetter: Bool?
    public var location: SourceLocation

    public init(id: String, green: Double? = nil, yellow: Double? = nil, higherIsBetter: Bool? = nil,
                location: SourceLocation) {
        self.id = id
        self.green = green
        self.yellow = yellow
        self.higherIsBetter = higherIsBetter
        self.location = location
    }
}
