import AppCommands
import Synchronization

/// A console that keeps what a command wrote, posing as a terminal or not.
final class RecordedConsole: Console {
    let isTerminal: Bool
    private let written = Mutex("")

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func write(_ text: String) { written.withLock { $0 += text } }

    var text: String { written.withLock { $0 } }
    var lines: [Substring] { text.split(separator: "\n") }
}
