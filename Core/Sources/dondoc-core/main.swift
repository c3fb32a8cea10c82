import ArgumentParser
import DondocCommands

/// The Vapor-free subset of `dondoc` (extract, calendar, ...): same commands,
/// same output, quick to build for scoring and fuzzing scripts.
struct DondocCore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dondoc-core",
        abstract: "dondoc without the server: extract tasks, query the legal calendar.",
        subcommands: CoreCommands.all)
}

DondocCore.main()
