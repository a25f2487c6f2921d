/// Where a problem sits in the input: a file (relative to the content folder),
/// a physical line (1-based; 0 means the file as a whole), and either a table
/// column name or a character column for text sources such as templates.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: String?
    public var characterColumn: Int?

    public init(file: String, line: Int = 0, column: String? = nil, characterColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.characterColumn = characterColumn
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return (a.characterColumn ?? 0) < (b.characterColumn ?? 0)
    }

    /// `cases/2024-01.csv:12` or `guides/路线图.txt:3:7`, as editors and compilers print it.
    public var position: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if let characterColumn { text += ":\(characterColumn)" }
        return text
    }
}
