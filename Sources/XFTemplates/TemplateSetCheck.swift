import XFSource

/// Checks that load time can catch: partials, layouts and blocks named by a
/// template exist, so a typo fails the build at once rather than on one page.
struct TemplateSetCheck {
    let templates: [String: Template]
    let partials: [String: Template]

    func run() throws(TemplateError) {
        for name in templates.keys.sorted() {
            guard let template = templates[name] else { continue }
            try checkPartials(in: template.nodes, of: template)
            try checkLayout(of: template)
        }
        for name in partials.keys.sorted() {
            guard let partial = partials[name] else { continue }
            if let layout = partial.layout {
                throw partial.error(.templateLayoutInPartial, at: layout.offset, "局部模板不能使用布局 {{< \(layout.name)}}",
                            hint: "布局只能用在页面模板中")
            }
            try checkPartials(in: partial.nodes, of: partial)
        }
    }

    private func checkPartials(in nodes: [Node], of template: Template) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .partial(let reference, _) where partials[reference.name] == nil:
                throw template.unknownPartial(reference, among: partials.keys)
            case .section(let section):
                try checkPartials(in: section.children, of: template)
            case .block(let block):
                try checkPartials(in: block.children, of: template)
            default:
                continue
            }
        }
    }

    private func checkLayout(of page: Template) throws(TemplateError) {
        guard let reference = page.layout else { return }
        guard let layout = templates[reference.name], reference.name != page.name else {
            let candidates = templates.keys.filter { $0 != page.name }
            throw page.error(.templateUnknownLayout, at: reference.offset, "找不到布局 {{< \(reference.name)}}",
                        hint: NameSuggestion.hint(for: reference.name, among: candidates) { "{{< \($0)}}" })
        }
        if let nested = layout.layout {
            throw layout.error(.templateNestedLayout, at: nested.offset, "布局 \(layout.name) 自己又使用了布局 {{< \(nested.name)}}",
                        hint: "布局不能嵌套；请把共同部分做成局部模板 {{> …}}")
        }
        var visited: Set<String> = []
        let available = blockNames(in: layout.nodes, visited: &visited)
        for name in page.blocks.keys.sorted() where !available.contains(name) {
            guard let block = page.blocks[name] else { continue }
            throw page.error(.templateUnknownBlock, at: block.offset, "布局 \(layout.name) 中没有区块 {{$\(name)}}",
                        hint: NameSuggestion.hint(for: name, among: Array(available)) { "{{$\($0)}}" })
        }
    }

    /// Blocks a layout offers, including those in the partials it includes.
    func blockNames(in nodes: [Node], visited: inout Set<String>) -> Set<String> {
        var names: Set<String> = []
        for node in nodes {
            switch node {
            case .block(let block):
                names.insert(block.name)
                names.formUnion(blockNames(in: block.children, visited: &visited))
            case .section(let section):
                names.formUnion(blockNames(in: section.children, visited: &visited))
            case .partial(let reference, _):
                guard let partial = partials[reference.name], visited.insert(reference.name).inserted else { continue }
                names.formUnion(blockNames(in: partial.nodes, visited: &visited))
            default:
                continue
            }
        }
        return names
    }

}
