import XFIndicators
import XFTemplates

/// 领导接访, 普法宣传 and 培训 figures of one scope: this month, 本年累计 and 同比.
struct ActivitySection: PreparedTemplateValue {
    var reception: [FigureLine]
    var publicity: [FigureLine]
    var training: [FigureLine]
    var sentences: [String]

    init(views: FigureViews, scope: Scope) {
        func lines(_ indicators: [Indicator]) -> [FigureLine] {
            indicators.map { indicator in
                FigureLine(label: FigureViews.shortLabel(indicator),
                           month: views.shown(indicator, scope),
                           ytd: views.shown(indicator, scope, .ytd),
                           unit: indicator.isRate ? "" : indicator.unit,
                           change: views.sentence(indicator, scope, .month, .sameMonthLastYear))
            }
        }
        reception = lines([.receptionSessions, .receptionLeaders, .receptionBatches, .receptionPersons, .receptionAssigned])
        publicity = lines([.publicityEvents, .publicityMaterials, .publicityConsultations, .publicityUnits])
        training = lines([.trainings, .trainees, .examPass])
        sentences = [BriefSentences.reception(views, scope), BriefSentences.publicity(views, scope)]
    }

    static let shape = TemplateShape(["reception", "publicity", "training", "sentences"])

    var templateValue: TemplateValue {
        Self.shape.object([("reception", reception.templateValue), ("publicity", publicity.templateValue),
                                ("training", training.templateValue), ("sentences", sentences.templateValue)])
    }
}
