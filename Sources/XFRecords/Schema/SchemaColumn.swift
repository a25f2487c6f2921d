/// A table's columns as an enum: the case order is the schema's column order
/// (`TableSchema.init` builds the schema from it), and each case carries its
/// spec, so a loader reads `.registered`, never a position typed by hand.
protocol SchemaColumn: RawRepresentable, CaseIterable, Sendable where RawValue == Int, AllCases == [Self] {
    var spec: ColumnSpec { get }
}

/// DATA.md's `units.csv`.
enum UnitColumn: Int, SchemaColumn {
    case name, kind, shortName

    var spec: ColumnSpec {
        switch self {
        case .name: ColumnSpec("名称", ["单位", "name"], required: true)
        case .kind: ColumnSpec("类型", ["type"], .choice(Vocabulary.unitKinds.labels))
        case .shortName: ColumnSpec("简称", ["short"])
        }
    }
}

/// DATA.md's `domains.csv`.
enum DomainColumn: Int, SchemaColumn {
    case name, isKey

    var spec: ColumnSpec {
        switch self {
        case .name: ColumnSpec("名称", ["领域", "name"], required: true)
        case .isKey: ColumnSpec("重点领域", ["key"], .boolean)
        }
    }
}

/// DATA.md's case exports (`cases/`).
enum CaseColumn: Int, SchemaColumn {
    case id, registered, channel, persons, category, domain, unit
    case firstTime, repeated, bypass, acceptance, accepted, extended
    case closed, route, resolved, rating, rated, backlog, review, reReview

    var spec: ColumnSpec {
        switch self {
        case .id: ColumnSpec("信访件编号", ["编号", "件号", "case_id"], required: true, identifier: true)
        case .registered: ColumnSpec("登记日期", ["信访日期", "来信来访日期", "registered"], required: true, .date)
        case .channel: ColumnSpec("信访形式", ["渠道", "来源", "channel"], required: true, .choice(Vocabulary.channels.labels))
        case .persons: ColumnSpec("人数", ["persons"], .integer(minimum: 1))
        case .category: ColumnSpec("内容分类", ["类别", "性质", "category"], required: true, .choice(Vocabulary.categories.labels))
        case .domain: ColumnSpec("问题领域", ["领域", "domain"], required: true, .domain)
        case .unit: ColumnSpec("责任单位", ["承办单位", "办理单位", "unit"], required: true, .unit(townsOnly: false))
        case .firstTime: ColumnSpec("初信初访", ["初次信访", "first_time"], .boolean)
        case .repeated: ColumnSpec("重复信访", ["repeat"], .boolean)
        case .bypass: ColumnSpec("越级", ["越级访", "bypass"], .boolean)
        case .acceptance: ColumnSpec("受理情况", ["acceptance"], .choice(Vocabulary.acceptances.labels))
        case .accepted: ColumnSpec("受理日期", ["告知日期", "accepted"], .date)
        case .extended: ColumnSpec("延期", ["extended"], .boolean)
        case .closed: ColumnSpec("办结日期", ["答复日期", "closed"], .date)
        case .route: ColumnSpec("处理途径", ["导入途径", "route"], .choice(Vocabulary.routes.labels))
        case .resolved: ColumnSpec("是否化解", ["化解", "resolved"], .boolean)
        case .rating: ColumnSpec("评价", ["满意度", "rating"], .choice(Vocabulary.ratings.labels))
        case .rated: ColumnSpec("评价日期", ["rated"], .date)
        case .backlog: ColumnSpec("积案", ["backlog"], .boolean)
        case .review: ColumnSpec("复查日期", ["review"], .date)
        case .reReview: ColumnSpec("复核日期", ["re_review"], .date)
        }
    }
}

/// DATA.md's `receptions/` (领导接访).
enum ReceptionColumn: Int, SchemaColumn {
    case date, leader, batches, persons, assigned, unit

    var spec: ColumnSpec {
        switch self {
        case .date: ColumnSpec("日期", ["date"], required: true, .date)
        case .leader: ColumnSpec("接访领导", ["领导", "leader"], required: true)
        case .batches: ColumnSpec("批次", ["batches"], required: true, .integer(minimum: 0))
        case .persons: ColumnSpec("人次", ["persons"], required: true, .integer(minimum: 0))
        case .assigned: ColumnSpec("交办件数", ["批示交办", "assigned"], .integer(minimum: 0))
        case .unit: ColumnSpec("责任单位", ["unit"], .unit(townsOnly: false))
        }
    }
}

/// DATA.md's `publicity/` (普法宣传 and training).
enum PublicityColumn: Int, SchemaColumn {
    case date, title, kind, place, unit, participatingUnits, materials, consultations, boards, trainees, examinees, passed

    var spec: ColumnSpec {
        switch self {
        case .date: ColumnSpec("日期", ["date"], required: true, .date)
        case .title: ColumnSpec("活动名称", ["名称", "title"], required: true)
        case .kind: ColumnSpec("形式", ["type"], .choice(Vocabulary.activityKinds.labels))
        case .place: ColumnSpec("地点", ["place"])
        case .unit: ColumnSpec("镇街", ["责任单位", "unit"], .unit(townsOnly: true))
        case .participatingUnits: ColumnSpec("参与单位数", ["units"], .integer(minimum: 0))
        case .materials: ColumnSpec("发放资料", ["资料份数", "materials"], .integer(minimum: 0))
        case .consultations: ColumnSpec("接受咨询", ["咨询人次", "consultations"], .integer(minimum: 0))
        case .boards: ColumnSpec("展板", ["boards"], .integer(minimum: 0))
        case .trainees: ColumnSpec("参训人数", ["trainees"], .integer(minimum: 0))
        case .examinees: ColumnSpec("考试人数", ["examinees"], .integer(minimum: 0))
        case .passed: ColumnSpec("合格人数", ["passed"], .integer(minimum: 0))
        }
    }
}
