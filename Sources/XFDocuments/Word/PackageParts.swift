enum Namespace {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let officeRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
}

/// Relationship ids of document.xml's parts.
enum Relation {
    static let styles = "rIdStyles", settings = "rIdSettings", fonts = "rIdFonts"
    static let footerOdd = "rIdFooterOdd", footerEven = "rIdFooterEven"
}

/// The small fixed parts of the package: content types, relationships,
/// settings, font table, footers with page numbers, document properties.
enum PackageParts {
    static let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    static func contentTypes() -> [UInt8] {
        var x = XMLBuffer()
        x.element("Types", ["xmlns": Namespace.contentTypes]) { x in
            x.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            x.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for (part, type) in [("/word/document.xml", mainType + "document.main+xml"),
                                 ("/word/styles.xml", mainType + "styles+xml"),
                                 ("/word/settings.xml", mainType + "settings+xml"),
                                 ("/word/fontTable.xml", mainType + "fontTable+xml"),
                                 ("/word/footer1.xml", mainType + "footer+xml"),
                                 ("/word/footer2.xml", mainType + "footer+xml"),
                                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")] {
                x.empty("Override", ["PartName": part, "ContentType": type])
            }
        }
        return x.bytes
    }

    static func packageRelationships() -> [UInt8] {
        relationships([("rId1", Namespace.officeRelation + "officeDocument", "word/document.xml"),
                       ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                       ("rId3", Namespace.officeRelation + "extended-properties", "docProps/app.xml")])
    }

    static func documentRelationships() -> [UInt8] {
        relationships([(Relation.styles, Namespace.officeRelation + "styles", "styles.xml"),
                       (Relation.settings, Namespace.officeRelation + "settings", "settings.xml"),
                       (Relation.fonts, Namespace.officeRelation + "fontTable", "fontTable.xml"),
                       (Relation.footerOdd, Namespace.officeRelation + "footer", "footer1.xml"),
                       (Relation.footerEven, Namespace.officeRelation + "footer", "footer2.xml")])
    }

    static func relationships(_ list: [(id: String, type: String, target: String)]) -> [UInt8] {
        var x = XMLBuffer()
        x.element("Relationships", ["xmlns": Namespace.relationships]) { x in
            for item in list { x.empty("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target]) }
        }
        return x.bytes
    }

    /// Different odd and even footers (奇偶页不同), a 420-twip default tab, CJK
    /// punctuation compression as Word's Chinese template has it.
    static func settings() -> [UInt8] {
        var x = XMLBuffer()
        x.element("w:settings", ["xmlns:w": Namespace.w]) { x in
            x.empty("w:zoom", ["w:percent": "100"])
            x.empty("w:evenAndOddHeaders")
            x.empty("w:defaultTabStop", ["w:val": "420"])
            x.empty("w:characterSpacingControl", ["w:val": "compressPunctuation"])
            x.element("w:compat") { x in
                x.empty("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                            "w:val": "15"])
            }
        }
        return x.bytes
    }

    /// The faces with the names Windows and WPS ship as alternates, so a PC
    /// without 方正小标宋简体 or the _GB2312 faces falls back to a close face.
    static func fontTable() -> [UInt8] {
        typealias F = OfficialLayout.Font
        let fonts: [(name: String, alternate: String?, family: String)] = [
            (F.latin, nil, "roman"), (F.body, "仿宋", "modern"), (F.title, "宋体", "script"),
            (F.heading1, "SimHei", "modern"), (F.heading2, "楷体", "modern"), (F.pageNumber, "SimSun", "auto"),
        ]
        var x = XMLBuffer()
        x.element("w:fonts", ["xmlns:w": Namespace.w]) { x in
            for font in fonts {
                x.element("w:font", ["w:name": font.name]) { x in
                    if let alternate = font.alternate { x.empty("w:altName", ["w:val": alternate]) }
                    x.empty("w:charset", ["w:val": font.name == F.latin ? "00" : "86"])
                    x.empty("w:family", ["w:val": font.family])
                    x.empty("w:pitch", ["w:val": "variable"])
                }
            }
        }
        return x.bytes
    }

    /// "— 1 —" in 4号 宋体: odd pages at the right, even pages at the left, one
    /// character (14 pt = 280 twips) in from the edge of the type area.
    static func footer(odd: Bool) -> [UInt8] {
        var x = XMLBuffer()
        x.element("w:ftr", ["xmlns:w": Namespace.w, "xmlns:r": Namespace.r]) { x in
            x.element("w:p") { x in
                x.element("w:pPr") { x in
                    x.empty("w:pStyle", ["w:val": StyleID.footer])
                    if odd { x.empty("w:ind", ["w:right": "280", "w:firstLine": "0"]) }
                    else { x.empty("w:ind", ["w:left": "280", "w:firstLine": "0"]) }
                    x.empty("w:jc", ["w:val": odd ? "right" : "left"])
                }
                func text(_ t: String) { x.element("w:r") { $0.element("w:t", ["xml:space": "preserve"], text: t) } }
                func field(_ type: String) { x.element("w:r") { $0.empty("w:fldChar", ["w:fldCharType": type]) } }
                text("— ")
                field("begin")
                x.element("w:r") { $0.element("w:instrText", ["xml:space": "preserve"], text: " PAGE ") }
                field("separate")
                text("1")
                field("end")
                text(" —")
            }
        }
        return x.bytes
    }

    /// Title and author only: no dates, so the file does not change between builds.
    static func core(title: String, creator: String) -> [UInt8] {
        var x = XMLBuffer()
        x.element("cp:coreProperties", ["xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                                        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
                                        "xmlns:dcterms": "http://purl.org/dc/terms/",
                                        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance"]) { x in
            x.element("dc:title", text: title)
            x.element("dc:creator", text: creator)
            x.element("dc:language", text: "zh-CN")
        }
        return x.bytes
    }

    static func app() -> [UInt8] {
        var x = XMLBuffer()
        x.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]) { x in
            x.element("Application", text: "xfsite")
        }
        return x.bytes
    }
}
