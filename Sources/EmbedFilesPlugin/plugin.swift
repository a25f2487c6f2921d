// SwiftPM build-tool plugin: before XFBuiltin compiles, writes a Swift file
// holding every file of site-templates/ and content/guides/, so the executable
// carries the templates and guides of the tree it was built from (no generated
// copy to commit, none to go stale).
//
// The generator is a POSIX shell script (find, sort, base64, cmp), so the
// plugin needs no tool target. Paths and bytes go in as base64, exact to the
// byte whatever the file holds; files sorted by byte: same tree, same generated
// file, rewritten only when it changes. Its inputs are every file (an edit
// reruns it) and every folder (a file added changes its folder). SwiftPM lists
// the inputs only when it replans the package, so after DELETING or renaming a
// template, `touch Package.swift` once (or the build stops on a missing input).
import Foundation
import PackagePlugin

@main
struct EmbedFiles: BuildToolPlugin {
    /// Generated array name → folder inside the package.
    static let folders = [("templates", "site-templates"), ("guides", "content/guides")]

    static let script = #"""
    set -eu
    out="$1"; shift
    tmp="$out.tmp.$$"
    {
      printf '// Generated at build time by the EmbedFiles plugin (Sources/EmbedFilesPlugin). Do not edit.\n\n'
      printf 'extension BuiltinFiles {\n'
      for pair in "$@"; do
        name=${pair%%=*}; dir=${pair#*=}
        printf '    public static let %s: [EmbeddedFile] = [\n' "$name"
        (cd "$dir" && find . -type f ! -name '.*' | LC_ALL=C sort) | while IFS= read -r file; do
          path=${file#./}
          printf '        EmbeddedFile(pathBase64: "%s", base64: "%s"),\n' \
            "$(printf '%s' "$path" | base64 -w0)" "$(base64 -w0 < "$dir/$path")"
        done
        printf '    ]\n'
      done
      printf '}\n'
    } > "$tmp"
    if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; fi
    """#

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var inputs: [URL] = []
        for (_, folder) in Self.folders {
            let url = root.appending(path: folder)
            inputs.append(url)
            if let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) {
                while let file = walker.nextObject() as? URL { inputs.append(file) }
            }
        }
        let folders = Self.folders.map { "\($0.0)=\(root.appending(path: $0.1).path)" }
        return [.buildCommand(displayName: "Embedding site-templates and content/guides",
                              executable: URL(fileURLWithPath: "/bin/sh"),
                              arguments: ["-c", Self.script, "embed", output.path] + folders,
                              inputFiles: inputs.sorted { $0.path < $1.path }, outputFiles: [output])]
    }
}
