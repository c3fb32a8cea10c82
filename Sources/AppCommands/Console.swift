import Foundation

/// Where a batch command writes what it is doing: the terminal, or a test's
/// record of it. Whether it is a terminal decides between a progress bar
/// redrawn in place and plain lines a log file can keep.
public protocol Console: Sendable {
    var isTerminal: Bool { get }
    func write(_ text: String)
}

/// Standard output, a terminal or not.
public struct StandardOutput: Console {
    public init() {}
    public var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
