import ArgumentParser

/// Benchmarks that print figures beside a baseline measured in the same run.
/// Run in release: `swift run -c release dondoc-bench <name>`.
struct DondocBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dondoc-bench",
        abstract: "dondoc benchmarks (run in a release build).",
        subcommands: [
            CalendarBench.self,
            ExtractionBench.self,
            ReadBenchmark.self,
            ReportBench.self,
        ])
}

DondocBench.main()
