import XFIndicators

/// URL folder names for units and domains. A name from units.csv may be anything
/// (`<script>`, `../x`, `CON`, 100 characters), so a slug never contains it: it is
/// a prefix plus 8 hex digits of a stable FNV-1a hash of the name's UTF-8 bytes.
/// It stays the same across builds and exports while the name is unchanged; the
/// rare collision gets `-2`, `-3`… in configured order, so slugs are unique.
public struct ScopeSlugs: Sendable {
    public let units: [String]
    public let domains: [String]

    public init(unitNames: [String], domainNames: [String]) {
        units = Self.slugs(for: unitNames, prefix: "u-")
        domains = Self.slugs(for: domainNames, prefix: "d-")
    }

    public init(_ scopes: ScopeList) {
        self.init(unitNames: scopes.units.map(\.name), domainNames: scopes.domains.map(\.name))
    }

    /// The slug of a unit or domain scope; nil for scope `all`.
    public func slug(of scope: Scope) -> String? {
        switch scope.kind {
        case .all: return nil
        case .unit: return units[scope.index]
        case .domain: return domains[scope.index]
        }
    }

    /// One slug per name, in the order given; unique even for repeated names.
    public static func slugs(for names: [String], prefix: String) -> [String] {
        var taken = Set<String>()
        var result: [String] = []
        result.reserveCapacity(names.count)
        for name in names {
            let base = prefix + hex8(fnv1a32(name))
            var slug = base
            var suffix = 2
            while taken.contains(slug) {
                slug = base + "-" + String(suffix)
                suffix += 1
            }
            taken.insert(slug)
            result.append(slug)
        }
        return result
    }

    /// 32-bit FNV-1a over UTF-8: fixed constants, so stable across processes and
    /// platforms (unlike `Hasher`).
    public static func fnv1a32(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    static func hex8(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 8)
        for position in 0 ..< 8 { bytes[position] = digits[Int((value >> (28 - 4 * UInt32(position))) & 0xF)] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
