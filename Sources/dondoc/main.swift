import ArgumentParser
import DondocCommands

struct Dondoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dondoc",
        abstract: "Theo dõi, đôn đốc nhiệm vụ: extract tasks from Vietnamese administrative documents and track them.",
        subcommands: CoreCommands.all)
}

Dondoc.main()
