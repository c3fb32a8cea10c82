import Foundation
import Testing
import Tracking
import VaporTesting
import ZIPFoundation
@testable import WebApp

extension AppTests {
    /// The report page, its drill-down, the JSON API and the three downloads,
    /// opened as the files they are.
    @Suite struct ReportDownloadTests {
        static func query(_ book: ReportBook) -> String { "period=2026-10&basis=calendar&unit=\(book.unitID)" }

        @Test func thePageShowsTheSentenceTheRatesAndTheOverdueTasks() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let page = try await t.send(.GET, "reports?" + Self.query(book), as: "lanhdao")
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("Tổng số nhiệm vụ 12; đã hoàn thành 5 (đúng hạn 3, quá hạn 2); chưa hoàn thành 7 (trong hạn 4, quá hạn 3)."))
                #expect(html.contains("Tỷ lệ hoàn thành (trên số nhiệm vụ đã đến hạn):</strong> 62,5%"))
                #expect(html.contains("Tỷ lệ quá hạn (trên tổng số nhiệm vụ):</strong> 25,0%"))
                #expect(html.contains("/tasks/\(book.ids["c"]!)"))
                #expect(html.contains("Phòng Thử nghiệm &amp; Đánh giá"))
                #expect(!html.contains("<thử nghiệm>"), "task titles are escaped")
                #expect(try await t.send(.GET, "reports?" + Self.query(book), as: "stc").status == .forbidden)
            }
        }

        @Test func eachFigureLinksToTheTasksBehindIt() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let overdue = try await t.send(.GET, "reports/tasks?figure=qua_han&" + Self.query(book), as: "vanthu").body.string
                #expect(overdue.contains("/tasks/\(book.ids["c"]!)") && overdue.contains("/tasks/\(book.ids["m"]!)"))
                #expect(!overdue.contains("/tasks/\(book.ids["d"]!)"))
                let soon = try await t.send(.GET, "reports/tasks?figure=sap_den_han&" + Self.query(book), as: "vanthu").body.string
                #expect(soon.contains("/tasks/\(book.ids["d"]!)") && !soon.contains("/tasks/\(book.ids["c"]!)"))
                #expect(try await t.send(.GET, "reports/tasks?figure=khong_co&" + Self.query(book), as: "vanthu").status == .badRequest)
            }
        }

        @Test func theAPIGivesTheFiguresAndABadPeriodAClearMessage() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                struct Body: Decodable { let sentence: String; let counts: Counts; struct Counts: Decodable { let overdue: Int; let alreadyDue: Int } }
                let body = try await t.send(.GET, "api/v1/reports?" + Self.query(book), as: "lanhdao").content.decode(Body.self)
                #expect(body.counts.overdue == 3 && body.counts.alreadyDue == 8)
                #expect(body.sentence.hasPrefix("Tổng số nhiệm vụ 12;"))
                let bad = try await t.send(.GET, "api/v1/reports?period=2026-13", as: "lanhdao")
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("Kỳ báo cáo"))
            }
        }

        @Test func theXLSXDownloadIsAWorkbookWithTheFigures() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let response = try await t.send(.GET, "reports/download?format=xlsx&" + Self.query(book), as: "vanthu")
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                let disposition = try #require(response.headers.first(name: .contentDisposition))
                #expect(disposition.contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20nhi%E1%BB%87m%20v%E1%BB%A5"))
                #expect(disposition.contains("filename=\"Bao-cao-nhiem-vu-do-Phong-Thu-nghiem-Danh-gia-chu-tri-Thang-10-2026.xlsx\""))
                let parts = try Self.unzip(response.body)
                #expect(parts["xl/workbook.xml"]?.contains("Tổng hợp") == true)
                let shared = try #require(parts["xl/sharedStrings.xml"])
                #expect(shared.contains("Phòng Thử nghiệm &amp; Đánh giá"))
                #expect(shared.contains("Nhiệm vụ c của phòng &lt;thử nghiệm&gt;"))
            }
        }

        @Test func theDOCXDownloadIsADecree30Report() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let response = try await t.send(.GET, "reports/download?format=docx&" + Self.query(book), as: "lanhdao")
                #expect(response.headers.first(name: .contentType) == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                let document = try #require(try Self.unzip(response.body)["word/document.xml"])
                #expect(document.contains("BÁO CÁO"))
                #expect(document.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                #expect(document.contains("Tổng số nhiệm vụ 12; đã hoàn thành 5 (đúng hạn 3, quá hạn 2)"))
                #expect(document.contains("Nhiệm vụ c của phòng &lt;thử nghiệm&gt;"))
            }
        }

        @Test func theCSVDownloadListsEveryCountedTask() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let response = try await t.send(.GET, "reports/download?format=csv&" + Self.query(book), as: "lanhdao")
                #expect(response.headers.first(name: .contentType) == "text/csv; charset=utf-8")
                let bytes = Array(response.body.readableBytesView)
                #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
                let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
                #expect(lines.count == 13, "a header and the twelve counted tasks")
                #expect(try await t.send(.GET, "reports/download?format=pdf&" + Self.query(book), as: "lanhdao").status == .unprocessableEntity)
            }
        }

        @Test func theReminderDispatchListsTheUnitsOverdueTasks() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                // On 15/11/2026 (the test clock) c, d, k and m are overdue; e is still in time.
                let response = try await t.send(.GET, "reminders/dispatch/\(book.unitID)", as: "vanthu")
                #expect(response.status == .ok)
                #expect(try #require(response.headers.first(name: .contentDisposition)).contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%C4%91%C3%B4n%20%C4%91%E1%BB%91c"))
                let document = try #require(try Self.unzip(response.body)["word/document.xml"])
                #expect(document.contains("đôn đốc thực hiện nhiệm vụ quá hạn"))
                #expect(document.contains("Nhiệm vụ c của phòng") && document.contains("Nhiệm vụ m của phòng"))
                #expect(document.contains(ReportBook.documentNumber))
                #expect(!document.contains("Nhiệm vụ e của phòng"))
                #expect(try await t.send(.GET, "reminders/dispatch/\(book.unitID)", as: "lanhdao").status == .forbidden)
            }
        }

        /// The parts of an Office file, as text.
        static func unzip(_ body: ByteBuffer) throws -> [String: String] {
            let archive = try Archive(data: Data(body.readableBytesView), accessMode: .read)
            var parts: [String: String] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                parts[entry.path] = String(decoding: data, as: UTF8.self)
            }
            return parts
        }
    }
}
