import Foundation

/// What `dondoc import` shows while it works. On a terminal, one bar redrawn
/// in place, with each refused file printed above it so no message scrolls
/// away. Anywhere else (a pipe, a log file, cron) one plain line per file with
/// its position, and no control characters to garble the log.
struct ImportProgress {
    let total: Int
    let onTerminal: Bool
    private(set) var imported = 0
    private(set) var refused = 0

    static let barWidth = 24
    /// Back to the start of the line and erase it, for redrawing the bar.
    static let clearLine = "\r\u{1B}[2K"

    init(total: Int, onTerminal: Bool) {
        self.total = total
        self.onTerminal = onTerminal
    }

    private var finished: Int { imported + refused }

    /// Before a file is read: the bar with the file's name, on a terminal only.
    func starting(_ path: String) -> String {
        guard onTerminal else { return "" }
        let filled = total == 0 ? 0 : Self.barWidth * finished / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
        return Self.clearLine + "[\(bar)] \(finished)/\(total) \(Self.name(path))"
    }

    mutating func imported(_ path: String, draft: UUID, warnings: [String]) -> String {
        imported += 1
        // On a terminal the bar tells the progress; a line per success would bury the failures.
        guard !onTerminal else { return "" }
        let notes = warnings.isEmpty ? "" : " (lưu ý: " + warnings.joined(separator: "; ") + ")"
        return "[\(finished)/\(total)] \(path): đã nhập, bản nháp \(draft.uuidString)\(notes)\n"
    }

    mutating func refused(_ path: String, message: String) -> String {
        refused += 1
        let line = "[\(finished)/\(total)] \(path): LỖI, không nhập. \(message)\n"
        return onTerminal ? Self.clearLine + line : line
    }

    func summary() -> String {
        let outcome = "Đã nhập \(imported)/\(total) tệp thành văn bản nháp"
            + (refused == 0 ? "." : "; \(refused) tệp lỗi không được nhập.") + "\n"
        return onTerminal ? Self.clearLine + outcome : outcome
    }

    private static func name(_ path: String) -> String { (path as NSString).lastPathComponent }
}
