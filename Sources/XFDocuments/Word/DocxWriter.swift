import XFZip

/// A `Document` as the bytes of a .docx (Office Open XML WordprocessingML in a
/// stored ZIP). Pure function of the document: same document, same bytes.
public enum DocxWriter {
    public static func bytes(_ document: Document) throws -> [UInt8] {
        var zip = StoredZip()
        zip.add("[Content_Types].xml", PackageParts.contentTypes())
        zip.add("_rels/.rels", PackageParts.packageRelationships())
        zip.add("word/document.xml", DocumentPart(document: document).bytes())
        zip.add("word/_rels/document.xml.rels", PackageParts.documentRelationships())
        zip.add("word/styles.xml", StylesPart(compact: document.compact).bytes())
        zip.add("word/settings.xml", PackageParts.settings())
        zip.add("word/fontTable.xml", PackageParts.fontTable())
        zip.add("word/footer1.xml", PackageParts.footer(odd: true))
        zip.add("word/footer2.xml", PackageParts.footer(odd: false))
        zip.add("docProps/core.xml", PackageParts.core(title: document.title.replacingNewlines(), creator: document.organisation))
        zip.add("docProps/app.xml", PackageParts.app())
        return try zip.bytes()
    }
}

extension String {
    func replacingNewlines() -> String { split(separator: "\n").joined() }
}
