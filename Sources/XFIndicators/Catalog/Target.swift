import XFRecords
import XFSettings
import XFSource

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

    /// The catalogue's default targets, by indicator id.
    public static var defaults: [String: Target] {
        Dictionary(uniqueKeysWithValues: IndicatorCatalog.defaultTargets.map { ($0.key.id, $0.value) })
    }
}

/// The targets in force: the catalogue's defaults with the site.toml sections laid
/// over them. Sections naming no rate are reported with the closest rate's id.
public enum IndicatorTargets {
    /// Indicators that take a target: the rates, which all have a default.
    public static var ids: [String] { IndicatorCatalog.specs.filter { $0.defaultTarget != nil }.map(\.id) }

    public static func resolve(_ settings: SiteSettings) -> (targets: [Indicator: Target], diagnostics: [Diagnostic]) {
        var targets = IndicatorCatalog.defaultTargets
        var diagnostics: [Diagnostic] = []
        for setting in settings.targets {
            guard let indicator = Indicator(rawValue: setting.id), let base = targets[indicator] else {
                let hint = Suggestion.closest(to: setting.id, among: ids).map { "是否应为 [targets.\($0)]？" }
                diagnostics.append(Diagnostic(code: .settingsUnknownTarget, at: setting.location, value: setting.id,
                                              message: "「\(setting.id)」不是可以设置目标值的指标。",
                                              fix: hint ?? "可用的指标：" + ids.joined(separator: "、") + "。"))
                continue
            }
            let target = Target(green: setting.green ?? base.green, yellow: setting.yellow ?? base.yellow,
                                higherIsBetter: setting.higherIsBetter ?? base.higherIsBetter)
            let ordered = target.higherIsBetter ? target.yellow <= target.green : target.yellow >= target.green
            guard ordered else {
                var at = setting.location
                at.characterColumn = 1
                diagnostics.append(Diagnostic(code: .settingsTargetOrder, at: at, value: setting.id,
                                              message: "指标「\(setting.id)」的黄色线 \(target.yellow) 与绿色线 \(target.green) 次序不对。",
                                              fix: target.higherIsBetter ? "越高越好时，yellow 应小于或等于 green。"
                                                  : "越低越好时，yellow 应大于或等于 green。"))
                continue
            }
            targets[indicator] = target
        }
        return (targets, diagnostics)
    }
}
