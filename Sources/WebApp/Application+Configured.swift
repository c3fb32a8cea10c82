import Vapor

extension Application {
    /// A dondoc application configured with `settings`, handed to `body`,
    /// and shut down afterwards whether `body` returns or throws (Vapor
    /// refuses to deinitialise an application that was not shut down).
    /// `directory` is where views and public files are looked up.
    public static func configured<T>(_ environment: Environment, _ settings: AppSettings,
                                     directory: DirectoryConfiguration? = nil,
                                     _ body: (Application) async throws -> T) async throws -> T {
        let app = try await Application.make(environment)
        if let directory { app.directory = directory }
        do {
            try await configure(app, settings)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
