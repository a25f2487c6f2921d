/// Obviously fictitious personal data (张某某, 138****0000, masked ID numbers), so
/// the sample exercises the builder's duty to read past such columns without ever
/// holding anything that looks like a real person.
enum PersonalData {
    private static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕".map(String.init))
    private static let phonePrefixes = ["138", "139", "135", "186", "152", "177", "159", "133"]
    private static let villages = ["柳树村", "新庄村", "河湾村", "石桥村", "中心社区", "幸福社区", "花园小区", "南街社区"]

    static func petitioner(_ rng: inout SplitMix64) -> String {
        surnames[rng.int(0...surnames.count - 1)] + (rng.chance(0.8) ? "某某" : "某")
    }

    static func phone(_ rng: inout SplitMix64) -> String {
        phonePrefixes[rng.int(0...phonePrefixes.count - 1)] + "****" + (rng.chance(0.5) ? "0000" : "\(1000 + rng.int(0...8) * 1111)")
    }

    static func idNumber(_ rng: inout SplitMix64) -> String {
        "000000" + "19\(rng.int(50...99))" + "****" + (rng.chance(0.9) ? "0000" : "000X")
    }

    static func address(town: String, rng: inout SplitMix64) -> String {
        "示例区" + town + villages[rng.int(0...villages.count - 1)] + "\(rng.int(1...12))组"
    }

    /// A short complaint text in the clerk's words; commas and quotes on purpose.
    static func content(domain: String, multiline: Bool, rng: inout SplitMix64) -> String {
        let options = templates[domain] ?? templates["其他"]!
        let text = options[rng.int(0...options.count - 1)]
        return multiline ? text + "\n（来访人补充：请尽快答复）" : text
    }

    /// A clerk's full record of a visit: the complaint, then three to seven lines of
    /// history and demands, a few hundred bytes over several lines.
    static func longContent(domain: String, rng: inout SplitMix64) -> String {
        let options = templates[domain] ?? templates["其他"]!
        var lines = ["【诉求】" + options[rng.int(0...options.count - 1)]]
        for _ in 0..<rng.int(3...7) { lines.append(followUps[rng.int(0...followUps.count - 1)]) }
        return lines.joined(separator: rng.chance(0.5) ? "\n" : "\r\n")
    }

    private static let followUps = [
        "【经过】来访人称此前已多次向村（社区）和镇街反映,均未得到明确答复,情绪较为激动。",
        "【补充】来访人提供了\"协议书\"复印件一份、照片三张,称对方至今未履行约定。",
        "【诉求】要求有关部门依法依规处理,并在法定期限内给予书面答复。",
        "【说明】接谈人员已告知其依法逐级走访的相关规定和复查复核的途径。",
        "【情况】经初步了解,该问题涉及多个部门职责,需协调办理,来访人表示愿意等待。",
        "【备注】来访人要求对其反映的情况保密,不愿透露其他知情人的联系方式。",
        "【经过】2019年签订合同后一直未能履行,期间多次协商未果,已产生纠纷。",
        "【补充】同村另有十余户反映类似问题,来访人称可代表部分群众意见。",
    ]

    private static let templates: [String: [String]] = [
        "城乡建设": ["反映\"某某小区\"物业服务不到位,要求更换物业", "反映房屋漏水,开发商拒不维修", "要求落实棚户区改造安置房,尽快交房"],
        "自然资源": ["反映邻居违规占地建房,要求依法处理", "对\"征地补偿标准\"有异议,要求重新核算", "要求办理不动产权证,已等待两年"],
        "人力资源和社会保障": ["反映某工地拖欠农民工工资,共计3万余元", "要求补缴养老保险,单位称\"无法办理\"", "对工伤认定结论不服,要求重新认定"],
        "农业农村": ["反映土地承包经营权被他人占用,要求返还", "对\"村集体分红\"分配方案有异议", "要求兑现耕地地力保护补贴"],
        "金融": ["反映某理财公司到期不兑付,涉及本金5万元", "反映银行\"违规收费\",要求退还"],
        "涉法涉诉": ["对法院判决不服,要求再审", "反映案件久拖不执行,要求\"尽快执行\""],
        "其他": ["建议增设公交线路,方便群众出行", "反映道路破损,雨天积水严重", "咨询政策,要求书面答复"],
    ]
}
