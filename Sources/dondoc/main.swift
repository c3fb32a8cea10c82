import AppCommands
import ArgumentParser
import DondocCommands
import NIOCore
import NIOPosix

struct Dondoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dondoc",
        abstract: "Theo dõi, đôn đốc nhiệm vụ: extract tasks from Vietnamese administrative documents and track them.",
        subcommands: CoreCommands.all + [Serve.self, ImportCommand.self, ReportCommand.self, RemindCommand.self,
                                         BenchSeed.self, BenchReportCommand.self])
}

// Swift concurrency runs on NIO's event loops, as Vapor's own template sets
// it up: a route awaiting the database then resumes on the loop the answer
// arrives on instead of hopping to the cooperative pool and back, a thread
// switch per statement that was half the CPU of a task request.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// A file named main.swift cannot use `@main`, and from top-level code
// `Dondoc.main()` binds to the synchronous entry point, which never runs an
// asynchronous subcommand. So start through an explicitly async function.
await start(Dondoc.self)

func start<Root: AsyncParsableCommand>(_ root: Root.Type) async {
    await root.main(nil)
}
