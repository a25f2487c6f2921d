import Foundation
import Testing
import XFTestSupport

/// The module map of Package.swift is the one the code has: every module imports
/// exactly the package modules its target declares (none reached through another
/// module's dependencies, none declared and unused), nothing is re-exported, and
/// the stages stay one-way where the architecture says so.
struct ModuleMapTests {
    struct Target {
        var name: String
        var dependencies: Set<String>
        var folder: String
    }

    /// The targets of Package.swift with their dependency lists and source folders.
    static let targets: [Target] = {
        let manifest = (try? String(contentsOf: Repository.root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        let pattern = try! NSRegularExpression(
            pattern: #"\.(target|executableTarget|testTarget)\(name: "([^"]+)"(?:, dependencies: \[([^\]]*)\])?(?:[^)]*?path: "([^"]+)")?"#)
        let text = manifest as NSString
        return pattern.matches(in: manifest, range: NSRange(location: 0, length: text.length)).map { match in
            func group(_ index: Int) -> String? {
                match.range(at: index).location == NSNotFound ? nil : text.substring(with: match.range(at: index))
            }
            let dependencies = (group(3) ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\""))
            }.filter { !$0.isEmpty }
            let folder = group(4) ?? (group(1) == "testTarget" ? "Tests/" : "Sources/") + group(2)!
            return Target(name: group(2)!, dependencies: Set(dependencies), folder: folder)
        }
    }()

    /// The modules the Swift files of a target import, and whether any re-exports.
    static func imports(of target: Target) -> (modules: Set<String>, reexports: Bool) {
        let folder = Repository.root.appendingPathComponent(target.folder)
        var modules: Set<String> = []
        var reexports = false
        for path in FileTree.paths(under: folder) where path.hasSuffix(".swift") {
            let text = (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                if line.hasPrefix("@_exported") { reexports = true }
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index == words.startIndex
                        || (index == words.startIndex + 1 && words[words.startIndex] == "@testable"),
                      index + 1 < words.endIndex else { continue }
                modules.insert(String(words[index + 1]))
            }
        }
        return (modules, reexports)
    }

    @Test func everyModuleImportsExactlyWhatItDeclares() {
        let names = Set(Self.targets.map(\.name))
        #expect(names.isSuperset(of: ["XFCalendar", "XFSource", "XFRecords", "XFIndicators", "XFPages", "XFSite"]))
        for target in Self.targets {
            let (imported, reexports) = Self.imports(of: target)
            let packageImports = imported.intersection(names)
            #expect(packageImports.subtracting(target.dependencies).sorted() == [], "\(target.name) imports undeclared modules")
            #expect(target.dependencies.subtracting(packageImports).sorted() == [], "\(target.name) declares modules it never imports")
            #expect(!reexports, "\(target.name) re-exports a module")
        }
    }

    /// Pages see figures, settings and guides, never records or table rows; the
    /// guides and templates do not read CSV; the calendar and the closed lists sit
    /// under everything.
    @Test func theStagesStayOneWay() {
        let dependencies = Dictionary(uniqueKeysWithValues: Self.targets.map { ($0.name, $0.dependencies) })
        #expect(dependencies["XFPages"]?.isDisjoint(with: ["XFRecords", "XFTable", "XFWorkbook"]) == true)
        #expect(dependencies["XFGuides"]?.contains("XFTable") == false)
        #expect(dependencies["XFTemplates"]?.contains("XFTable") == false)
        #expect(dependencies["XFCalendar"] == [])
        #expect(dependencies["XFVocabulary"] == [])
        #expect(dependencies["XFSettings"]?.isDisjoint(with: ["XFRecords", "XFTable", "XFWorkbook"]) == true)
    }
}
