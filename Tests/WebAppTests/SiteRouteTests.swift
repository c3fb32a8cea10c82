import Foundation
import Testing
import VaporTesting
@testable import WebApp

extension AppTests {
    /// Links and routes come from one enum; these tests check the two ends
    /// meet: every link a template writes names a route that is registered,
    /// and no template writes a path by hand.
    @Suite struct SiteRouteTests {
        @Test func aLinkFillsTheParametersOfTheRegisteredPattern() {
            let id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!
            #expect(SiteRoute.task(.key).pathComponents.map(\.description) == ["tasks", ":taskID"])
            #expect(SiteRoute.task(.value(id)).path == "/tasks/6F9619FF-8B86-D011-B42D-00C04FC964FF")
            #expect(SiteRoute.api(.unitAliases(.value(id))).path == "/api/v1/units/\(id.uuidString)/aliases")
            #expect(SiteRoute.home.path == "/")
        }

        @Test func queryValuesArePercentEncodedAndEmptyOnesLeftOut() {
            #expect(SiteRoute.tasks.path(query: ["q": "đất đai & nhà ở", "unit": nil]) == "/tasks?q=%C4%91%E1%BA%A5t%20%C4%91ai%20%26%20nh%C3%A0%20%E1%BB%9F")
            #expect(SiteRoute.reports.path(query: ["unit": nil]) == "/reports")
            #expect(SiteRoute.reports.path(encodedQuery: "period=2026-03") == "/reports?period=2026-03")
        }

        @Test func everyRegisteredRouteIsASiteRoute() async throws {
            try await TestApp.run { t in
                let registered = Set(t.app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
                let known = Set(SiteRoute.all.map { "/" + $0.pathComponents.map(\.description).joined(separator: "/") })
                #expect(registered.subtracting(known).isEmpty, "registered without a SiteRoute case: \(registered.subtracting(known).sorted())")
            }
        }

        @Test func templatesLinkOnlyThroughThePathTagToRegisteredRoutes() async throws {
            try await TestApp.run { t in
                let registered = Set(t.app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") })
                let views = URL(fileURLWithPath: TestApp.repositoryRoot + "Resources/Views")
                let files = try FileManager.default.contentsOfDirectory(at: views, includingPropertiesForKeys: nil)
                    .filter { $0.pathExtension == "leaf" }
                #expect(files.count > 5)
                var links = 0
                for file in files {
                    let text = try String(contentsOf: file, encoding: .utf8)
                    for handWritten in Self.handWrittenPaths(in: text) {
                        Issue.record("\(file.lastPathComponent) writes the path \(handWritten) by hand; use #path(...)")
                    }
                    for link in Self.pathTags(in: text) {
                        links += 1
                        guard let route = SiteRoute.named(link.name), route.parameterCount == (link.hasID ? 1 : 0) else {
                            Issue.record("\(file.lastPathComponent): #path(\"\(link.name)\") names no route")
                            continue
                        }
                        let pattern = "/" + route.pathComponents.map(\.description).joined(separator: "/")
                        let method = link.method
                        #expect(registered.contains("\(method) \(pattern)"),
                                "\(file.lastPathComponent) links to \(method) \(pattern), which is not registered")
                    }
                }
                #expect(links > 20)
            }
        }

        // MARK: reading templates

        struct Link { let name: String; let hasID: Bool; let method: String }

        /// `#path("name")` or `#path("name", x.id)`, and the method that follows it: a
        /// link is a GET, a form's action what its method says (GET when it says nothing, as in HTML).
        static func pathTags(in text: String) -> [Link] {
            var links: [Link] = []
            var rest = text[...]
            while let tag = rest.range(of: "#path(\"") {
                let before = text[text.startIndex..<tag.lowerBound]
                let formTag = before.range(of: "<form", options: .backwards).map { before[$0.lowerBound...] } ?? ""
                let isFormAction = before.hasSuffix("action=\"")
                let method = isFormAction && formTag.lowercased().contains("method=\"post\"") ? "POST" : "GET"
                let afterName = rest[tag.upperBound...]
                guard let close = afterName.firstIndex(of: "\""), let end = afterName.firstIndex(of: ")") else { break }
                let name = String(afterName[..<close])
                let hasID = afterName[close..<end].contains(",")
                links.append(Link(name: name, hasID: hasID, method: method))
                rest = afterName[end...]
            }
            return links
        }

        /// Root-relative paths in href, action or src, other than static files.
        static func handWrittenPaths(in text: String) -> [String] {
            var found: [String] = []
            for attribute in ["href=\"/", "action=\"/", "src=\"/"] {
                var rest = text[...]
                while let hit = rest.range(of: attribute) {
                    let value = rest[hit.upperBound...].prefix { $0 != "\"" }
                    if !(value.hasPrefix("css/") || value.hasPrefix("js/")) { found.append("/" + value) }
                    rest = rest[hit.upperBound...]
                }
            }
            return found
        }

    }
}
