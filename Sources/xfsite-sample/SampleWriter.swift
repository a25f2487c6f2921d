/// Runs the whole generation and returns the Chinese summary to print.
struct SampleWriter {
    let options: Options

    func run() throws -> String {
        var rng = SplitMix64(seed: options.seed)
        let profile = options.stress.map { Profile.stress($0, rng: &rng) } ?? (options.large ? Profile.large(rng: &rng) : Profile.sample())
        var output = OutputFiles(root: options.output)
        try output.write(ReferenceTables.units(profile.catalog), to: "units.csv")
        try output.write(ReferenceTables.domains(profile.catalog), to: "domains.csv")

        let cases = CaseGenerator(profile: profile).generate(rng: &rng)
        let large = options.large || options.stress != nil
        let stress = options.stress != nil
        let style: (Int) -> ExportStyle = { stress ? .stress(index: $0) : large ? .large(index: $0) : .sample(index: $0) }
        let exporter = CaseExporter(profile: profile, cases: cases, style: style)
        let exports = try exporter.write(to: &output, seed: options.seed)

        var lines = [
            "已写入\(options.stress != nil ? "压力测试数据" : large ? "性能测试数据" : "示例区样例数据")到 \(options.output)/（数据均为虚构）：",
            "  责任单位 \(profile.catalog.units.count) 个（镇街 \(profile.catalog.townIndices.count) 个、部门 \(profile.catalog.departmentIndices.count) 个），问题领域 \(profile.catalog.domains.count) 个",
            "  信访事项 \(grouped(cases.count)) 件，\(exports.files) 个月度导出文件共 \(grouped(exports.rows)) 行（\(dateText(profile.start)) 至 \(dateText(profile.cutoff))）",
        ]
        if profile.withActivities {
            var activityRNG = SplitMix64(seed: options.seed ^ 0xAC71_7173)
            let receptions = ReceptionLog.write(profile: profile, rng: &activityRNG)
            try output.write(receptions.0, to: "receptions/领导接访.csv")
            let publicity = PublicityLog.write(profile: profile, rng: &activityRNG)
            try output.write(publicity.0, to: "publicity/普法宣传.csv")
            lines.append("  领导接访 \(receptions.rows) 场，普法宣传和培训 \(publicity.rows) 条")
        }
        if !large {
            let first = Calendar.civil(profile.start), last = Calendar.civil(profile.cutoff)
            try output.write(ReferenceTables.readme(profile: profile,
                                                    firstExport: CaseExporter.fileName(year: first.year, month: first.month),
                                                    lastExport: CaseExporter.fileName(year: last.year, month: last.month)),
                             to: "README.md")
        }
        let bytes = output.written.reduce(0) { $0 + $1.bytes }
        lines.append("  共 \(output.written.count) 个文件，\(grouped(bytes / 1024)) KB")
        return lines.joined(separator: "\n")
    }

    private func dateText(_ day: Day) -> String {
        let c = Calendar.civil(day)
        return "\(c.year)年\(c.month)月\(c.day)日"
    }

    private func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
