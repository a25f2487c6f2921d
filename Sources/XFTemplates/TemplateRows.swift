/// A list of view models kept as the models themselves, read field by field as a
/// template asks (`TemplateValue.rows`): a page's rows (table rows, KPI cards,
/// overdue cases, navigation links) are never converted into objects, so no
/// object is allocated, filled and freed per row.
///
/// The readers and keys are those of the row type's `TemplateFields`, taken once
/// per list; a field is read from the array in place.
public final class TemplateRows: Sendable {
    /// The row type's keys (shared by every list of that type).
    @usableFromInline let keys: FieldKeys
    @usableFromInline let count: Int
    /// Where the rows are stored (see `RenderMemo`); nil when empty.
    @usableFromInline let identity: UInt?
    /// Field `field` (a position in `keys`) of row `row`.
    @usableFromInline let read: @Sendable (_ row: Int, _ field: Int) -> TemplateValue

    /// Inlinable, so the reading closure is made where `Model` is known: made in
    /// generic code, each call would look up the readers' function type at run time.
    @inlinable
    init<Model: Sendable>(_ items: [Model], fields: TemplateFields<Model>) {
        keys = fields.keys
        count = items.count
        identity = items.isEmpty ? nil : items.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let readers = fields.rowReaders
        read = { row, field in readers[field](items, row) }
    }

    func value(at row: Int, field: Int) -> TemplateValue { read(row, field) }

    /// The field `key` of row `row`, whose fingerprint the caller computed once.
    func value(at row: Int, of key: String, print: UInt64) -> TemplateValue? {
        keys.index(of: key, print: print).map { read(row, $0) }
    }

    /// Row `row` as an object (`{{.}}`, comparing trees, encoding).
    func object(at row: Int) -> TemplateObject {
        TemplateObject(sharing: keys, values: (0..<keys.keys.count).map { read(row, $0) })
    }

    /// Every row as an object.
    var objects: [TemplateValue] { (0..<count).map { .object(object(at: $0)) } }
}
