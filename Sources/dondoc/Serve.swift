import ArgumentParser
import Foundation
import Tracking
import Vapor
import WebApp

/// `dondoc serve`: the web app on one SQLite file in the data folder, or on
/// the PostgreSQL server named by DATABASE_URL.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chạy ứng dụng web (start the web app).")

    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder for the SQLite database and uploaded files.")
    var dataDirectory = "./data"
    @ArgumentParser.Option(help: "TCP port to listen on.")
    var port = 8080
    @ArgumentParser.Option(help: "Address to listen on.")
    var host = "127.0.0.1"
    @ArgumentParser.Flag(help: "Load the demo units, users and tasks, and print the demo logins.")
    var demo = false
    @ArgumentParser.Flag(inversion: .prefixedNo,
                         help: "Keep task lists and tasks between requests until the next write (off: every read computes afresh, e.g. for several servers on one PostgreSQL database).")
    var keptAnswers = true

    mutating func run() async throws {
        // Vapor must not read our argv: its own command line is just "serve".
        var environment = Environment(name: "production", arguments: ["dondoc", "serve"])
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        app.http.server.configuration.hostname = host
        app.http.server.configuration.port = port
        let database = DatabaseLocation.choose(environment: ProcessInfo.processInfo.environment, dataDirectory: dataDirectory)
        do {
            var settings = AppSettings(dataDirectory: dataDirectory, database: database)
            settings.keepAnswers = keptAnswers
            try await configure(app, settings)
            if demo {
                let logins = try await DemoData.load(into: app)
                print("Tài khoản dùng thử (mật khẩu: \(DemoData.password)):")
                for login in logins { print("  \(login.username.padding(toLength: 14, withPad: " ", startingAt: 0)) \(login.role)") }
            }
            print("Dữ liệu: \(database)")
            print("dondoc đang chạy tại http://\(host):\(port)")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
