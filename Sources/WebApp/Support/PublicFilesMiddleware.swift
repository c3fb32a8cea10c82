import Foundation
import Vapor

/// Serves the files of `Public/` (styles, scripts) and lets every other
/// request straight through. Vapor's FileMiddleware looks each request's path
/// up on disk, a file-system call on a thread pool for every page and API
/// call; here only paths under the folders `Public/` holds (read once at
/// start) are looked up.
struct PublicFilesMiddleware: AsyncMiddleware {
    private let files: FileMiddleware
    private let folders: Set<Substring>

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: publicDirectory)) ?? []
        folders = Set(entries.map { Substring($0) })
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let first = request.url.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).first
        guard let first, folders.contains(first) else { return try await next.respond(to: request) }
        return try await files.respond(to: request, chainingTo: next)
    }
}
