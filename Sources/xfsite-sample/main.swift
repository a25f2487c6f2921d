import Foundation

/// `xfsite-sample [--output DIR] [--seed N] [--large]`: writes the fictional 示例区
/// sample (or the benchmark data set) deterministically from the seed.
struct Options {
    var output = "content"
    var seed: UInt64 = 20_231_101
    var large = false

    static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
        var options = Options()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--large": options.large = true
            case "--output":
                guard let value = rest.popFirst() else { return .failure(UsageError("--output 后面需要一个目录")) }
                options.output = value
            case "--seed":
                guard let value = rest.popFirst(), let seed = UInt64(value) else {
                    return .failure(UsageError("--seed 后面需要一个非负整数"))
                }
                options.seed = seed
            case "-h", "--help": return .failure(UsageError(""))
            default: return .failure(UsageError("不认识的参数：\(argument)"))
            }
        }
        return .success(options)
    }
}

struct UsageError: Error { let message: String; init(_ m: String) { message = m } }

let usage = """
用法：xfsite-sample [--output 目录] [--seed 种子] [--large]
  --output 目录  写入位置，默认 content
  --seed 种子    随机种子（非负整数），同一种子生成的文件逐字节相同
  --large        生成性能测试数据：5 年 100 万件、200 个单位（不含接访和宣传表）
"""

switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let error):
    if !error.message.isEmpty { FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8)) }
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(error.message.isEmpty ? 0 : 64)
case .success(let options):
    do {
        print(try SampleWriter(options: options).run())
    } catch {
        FileHandle.standardError.write(Data("错误：\(error)\n".utf8))
        exit(1)
    }
}
