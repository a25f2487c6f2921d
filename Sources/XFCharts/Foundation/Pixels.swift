import XFText

/// Short spelling for coordinates in attribute lists.
func px(_ value: Double) -> String {
    ChartNumber.coordinate(value)
}
