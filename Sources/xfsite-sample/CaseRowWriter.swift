/// Writes one case as it stood on an export's as-of date, in that export's style.
struct CaseRowWriter {
    let style: ExportStyle
    let catalog: Catalog
    let asOf: Day
    private let separator: [UInt8]

    init(style: ExportStyle, catalog: Catalog, asOf: Day) {
        self.style = style
        self.catalog = catalog
        self.asOf = asOf
        separator = style.crlf ? [0x0D, 0x0A] : [0x0A]
    }

    func writeHeader(into out: inout ByteBuffer) {
        if style.encoding == .utf8BOM { out.append(raw: [0xEF, 0xBB, 0xBF]) }
        for (i, column) in style.columns.enumerated() {
            if i > 0 { out.append(byte: 0x2C) }
            out.append(field: column.1)
        }
    }

    /// Starts with the line break, so a file can end without one.
    func write(_ c: SampleCase, rowNumber: Int, into out: inout ByteBuffer, rng: inout SplitMix64) {
        out.append(raw: separator)
        for (i, column) in style.columns.enumerated() {
            if i > 0 { out.append(byte: 0x2C) }
            write(column.0, of: c, rowNumber: rowNumber, into: &out, rng: &rng)
        }
    }

    func finish(_ out: inout ByteBuffer) {
        if style.finalNewline { out.append(raw: separator) }
    }

    private func write(_ column: ExportStyle.Column, of c: SampleCase, rowNumber: Int,
                       into out: inout ByteBuffer, rng: inout SplitMix64) {
        let decided = c.decided <= asOf, closed = c.closed <= asOf, rated = c.rated <= asOf
        switch column {
        case .caseID:
            out.append("XF"); out.append(int: Calendar.civil(c.registered).year)
            out.append("-"); out.append(int: Int(c.serial), width: 7)
        case .registered: date(c.registered, &out, &rng)
        case .channel: spelled(c.channel.label, c.channel.synonyms, &out, &rng)
        case .persons:
            if !(style.omitSinglePerson && c.persons == 1) { out.append(int: Int(c.persons)) }
        case .category: spelled(c.category.label, c.category.synonyms, &out, &rng)
        case .domain: out.append(catalog.domains[Int(c.domain)].name)
        case .unit: out.append(catalog.units[Int(c.unit)].name)
        case .firstTime: flag(c.flags.contains(.firstTime), &out)
        case .repeated: flag(c.flags.contains(.repeated), &out)
        case .bypass: flag(c.flags.contains(.bypass), &out)
        case .acceptance: if decided { out.append(c.acceptance.label) }
        case .decided: if decided { date(c.decided, &out, &rng) }
        case .extended: flag(c.extended <= asOf, &out)
        case .closed: if closed { date(c.closed, &out, &rng) }
        case .route: if decided { out.append(c.route.label) }
        case .resolved: if closed { flag(c.flags.contains(.resolved), &out) }
        case .rating: if rated { out.append(c.rating.label) }
        case .rated: if rated { date(c.rated, &out, &rng) }
        case .backlog: flag(c.flags.contains(.backlog), &out)
        case .review: if c.review <= asOf { date(c.review, &out, &rng) }
        case .reReview: if c.reReview <= asOf { date(c.reReview, &out, &rng) }
        case .rowNumber: out.append(int: rowNumber)
        case .petitioner: out.append(field: PersonalData.petitioner(&rng))
        case .phone: out.append(field: PersonalData.phone(&rng))
        case .idNumber: out.append(field: PersonalData.idNumber(&rng))
        case .address:
            let town = catalog.units[Int(c.unit)]
            out.append(field: PersonalData.address(town: town.isDepartment ? "城关镇" : town.name, rng: &rng))
        case .content:
            if style.longTextRate > 0, rng.chance(style.longTextRate) {
                out.append(field: PersonalData.longContent(domain: catalog.domains[Int(c.domain)].name, rng: &rng))
                return
            }
            let multiline = style.multilineRate > 0 && rng.chance(style.multilineRate)
            out.append(field: PersonalData.content(domain: catalog.domains[Int(c.domain)].name,
                                                   multiline: multiline, rng: &rng))
        }
    }

    private func date(_ day: Day, _ out: inout ByteBuffer, _ rng: inout SplitMix64) {
        let forms = style.dateForms
        out.append(date: day, form: forms.count == 1 ? forms[0] : forms[rng.int(0...forms.count - 1)])
    }

    private func flag(_ value: Bool, _ out: inout ByteBuffer) { out.append(value ? style.yes : style.no) }

    private func spelled(_ label: String, _ synonyms: [String], _ out: inout ByteBuffer, _ rng: inout SplitMix64) {
        if style.synonymRate > 0, rng.chance(style.synonymRate) {
            out.append(synonyms[rng.int(0...synonyms.count - 1)])
        } else {
            out.append(label)
        }
    }
}
