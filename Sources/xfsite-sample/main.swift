import Foundation

/// `xfsite-sample [--output DIR] [--seed N] [--large | --stress [--cases N] [--units N] [--months N]]`:
/// writes the fictional 示例区 sample (or a benchmark data set) deterministically from the seed.
struct Options {
    var output = "content"
    var seed: UInt64 = 20_231_101
    var large = false
    /// The stress profile's size, when `--stress` is given.
    var stress: Profile.StressSize?

    static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
        var options = Options()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--large": options.large = true
            case "--stress": options.stress = options.stress ?? Profile.StressSize()
            case "--cases", "--units", "--months":
                guard let value = rest.popFirst(), let n = Int(value), n > 0 else {
                    return .failure(UsageError("\(argument) 后面需要一个正整数"))
                }
                var size = options.stress ?? Profile.StressSize()
                switch argument {
                case "--cases": size.cases = n
                case "--units": size.units = max(20, n)
                default: size.months = min(n, 120)
                }
                options.stress = size
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
        if options.large && options.stress != nil { return .failure(UsageError("--large 和 --stress 只能选一个")) }
        return .success(options)
    }
}

struct UsageError: Error { let message: String; init(_ m: String) { message = m } }

let usage = """
用法：xfsite-sample [--output 目录] [--seed 种子] [--large | --stress [--cases N] [--units N] [--months N]]
  --output 目录  写入位置，默认 content
  --seed 种子    随机种子（非负整数），同一种子生成的文件逐字节相同
  --large        生成性能测试数据：5 年 100 万件、200 个单位（不含接访和宣传表）
  --stress       生成压力测试数据：一个市 1,000 个单位（各县镇街和市直部门）、5 年 100 万件，
                 积案逐月增加到约 1.5 万件超期，导出格式和示例一样杂乱，含多行长文本
  --cases N      压力数据的信访事项件数（默认 1000000）；--units N 单位数（默认 1000，至少 20）；
  --months N     月数（默认 60，最多 120）。缩小后积案的形态（占比、逐月增长）不变
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
