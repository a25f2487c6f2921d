import Foundation
import XFSite

// Release-mode benchmarks that report figures (never a timed unit test):
//   swift run -c release xfsite-bench ingest --content DIR [--runs N]
// Generate the large data set first:
//   swift run -c release xfsite-sample --large --output /tmp/xf-large
//   swift run -c release xfsite-sample --stress --output /tmp/xf-stress

let arguments = Array(CommandLine.arguments.dropFirst())
guard let suite = arguments.first, let benchmark = Benchmarks.all[suite] else {
    print("用法：xfsite-bench <\(Benchmarks.all.keys.sorted().joined(separator: "|"))> --content 文件夹 [--runs N]")
    exit(64)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let content = URL(fileURLWithPath: option("content") ?? "content")
let runs = Int(option("runs") ?? "5") ?? 5
print(benchmark(content, runs))
