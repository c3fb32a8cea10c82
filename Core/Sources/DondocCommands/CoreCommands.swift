import ArgumentParser

/// The subcommands that need no server or database. The `dondoc` executable
/// adds serve, import and report to these; `dondoc-core` runs them alone and
/// builds in seconds.
public enum CoreCommands {
    public static let all: [ParsableCommand.Type] = [
        CalendarCommand.self,
        ExtractCommand.self,
    ]
}
