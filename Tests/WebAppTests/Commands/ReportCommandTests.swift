import ArgumentParser
import Foundation
import Reports
import Testing
import Tracking
import VaporTesting
@testable import AppCommands

extension AppTests {
    /// `dondoc report` on the database of a running app: the files it writes
    /// hold the same figures as the report API for the same window and scope.
    @Suite struct ReportCommandTests {
        struct APIReport: Decodable {
            let sentence: String
            let counts: Counts
            struct Counts: Decodable { let doneOnTime, doneLate, openInTime, overdue: Int }
        }

        static func api(_ t: TestApp, _ query: String) async throws -> APIReport {
            try await t.send(.GET, "api/v1/reports?" + query, as: "lanhdao").content.decode(APIReport.self)
        }

        static func report(_ t: TestApp, _ arguments: [String], format: String) async throws -> (sentence: String, file: [UInt8]) {
            let out = t.dataDirectory + "/bao-cao.\(format)"
            let command = try ReportCommand.parse(arguments + ["--format", format, "--out", out, "--data-dir", t.dataDirectory])
            let written = try await command.writeReport(environment: t.commandEnvironment)
            let file = try #require(FileManager.default.contents(atPath: out))
            #expect(written.bytes == file.count)
            return (written.sentence, Array(file))
        }

        static let october = ["--period", "2026-10", "--kind", "calendar"]

        @Test func eachFormatCarriesTheFiguresOfTheAPI() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                let api = try await Self.api(t, "period=2026-10&basis=calendar&unit=\(book.unitID)")
                let arguments = Self.october + ["--unit", "thu-nghiem"]
                let c = api.counts

                let xlsx = try await Self.report(t, arguments, format: "xlsx")
                #expect(xlsx.sentence == api.sentence)
                let summary = try Self.firstColumns(ofSheet: 1, in: xlsx.file)
                let thisPeriod = summary.prefix(7).map(\.value)
                #expect(thisPeriod == [c.doneOnTime + c.doneLate + c.openInTime + c.overdue, c.doneOnTime + c.doneLate,
                                       c.doneOnTime, c.doneLate, c.openInTime + c.overdue, c.openInTime, c.overdue].map(Double.init),
                        "\(summary)")

                let docx = try await Self.report(t, arguments, format: "docx")
                let document = try #require(try ReportDownloadTests.unzip(ByteBuffer(bytes: docx.file))["word/document.xml"])
                #expect(document.contains(api.sentence))
                #expect(document.contains("BÁO CÁO") && document.contains("Nơi nhận:"))

                let csv = try await Self.report(t, arguments, format: "csv")
                let rows = String(decoding: csv.file.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
                #expect(rows.count == 1 + c.doneOnTime + c.doneLate + c.openInTime + c.overdue, "a header and a row per counted task")
            }
        }

        @Test func theUnitScopeCountsOnlyThatUnitsTasks() async throws {
            try await TestApp.run { t in
                let book = try await ReportBook.make(t.app)
                // November: the demo province's tasks (assigned 02/11) count beside the book's.
                let november = ["--period", "2026-11", "--kind", "calendar"]
                let everything = try await Self.api(t, "period=2026-11&basis=calendar")
                let unit = try await Self.api(t, "period=2026-11&basis=calendar&unit=\(book.unitID)")
                #expect(everything.sentence != unit.sentence, "other units have tasks too")
                #expect(try await Self.report(t, november, format: "csv").sentence == everything.sentence)
                for name in ["thu-nghiem", ReportBook.unitName, book.unitID.uuidString.lowercased()] {
                    #expect(try await Self.report(t, november + ["--unit", name], format: "csv").sentence == unit.sentence,
                            "the unit named by \(name)")
                }
            }
        }

        @Test func badArgumentsGetAClearMessage() async throws {
            func message(_ arguments: [String]) -> String {
                do {
                    _ = try ReportCommand.parse(arguments)
                    return ""
                } catch {
                    return ReportCommand.message(for: error)
                }
            }
            let out = ["--out", "/tmp/bao-cao.xlsx"]
            #expect(message(["--format", "pdf"] + out).contains("Định dạng tệp \"pdf\" không hỗ trợ: chọn xlsx, docx hoặc csv."))
            #expect(message(["--format", "xlsx", "--period", "2024-13"] + out).contains("Kỳ báo cáo \"2024-13\" không hợp lệ"))
            #expect(message(["--format", "xlsx", "--period", "2024-03", "--kind", "am-lich"] + out).contains("Cách tính kỳ \"am-lich\" không hợp lệ"))
            #expect(message(["--format", "xlsx", "--from", "2024-03-01"] + out).contains("cần cả ngày bắt đầu và ngày kết thúc"))
            #expect(message(["--format", "xlsx", "--unit", "a", "--leader", "b"] + out).contains("Chỉ chọn một phạm vi"))
            #expect(message(["--format", "xlsx"]).contains("--out"), "a missing output file is named")

            try await TestApp.run { t in
                await #expect { try await Self.report(t, Self.october + ["--unit", "khong-co"], format: "csv") } throws: { error in
                    ReportCommand.message(for: error) == "Không tìm thấy đơn vị \"khong-co\"."
                }
                let nowhere = try ReportCommand.parse(Self.october + ["--format", "csv", "--out", "/khong/co/thu-muc/bao-cao.csv",
                                                                      "--data-dir", t.dataDirectory])
                await #expect { try await nowhere.writeReport(environment: t.commandEnvironment) } throws: { error in
                    ReportCommand.message(for: error).hasPrefix("Không ghi được tệp /khong/co/thu-muc/bao-cao.csv")
                }
            }
        }

        // MARK: Reading the files back

        /// Column A's labels and column B's numbers of a worksheet, row by row, below the header.
        static func firstColumns(ofSheet number: Int, in file: [UInt8]) throws -> [(label: String, value: Double)] {
            let parts = try ReportDownloadTests.unzip(ByteBuffer(bytes: file))
            let shared = try #require(parts["xl/sharedStrings.xml"]).components(separatedBy: "<si>").dropFirst().map { item in
                XMLUnescaped(String(item.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
            }
            let sheet = try #require(parts["xl/worksheets/sheet\(number).xml"])
            var rows: [(String, Double)] = []
            for row in sheet.components(separatedBy: "<row ").dropFirst(2) {
                let values = row.components(separatedBy: "<v>").dropFirst().map { String($0.prefix { $0 != "<" }) }
                guard values.count >= 2, let label = Int(values[0]), let value = Double(values[1]) else { continue }
                rows.append((shared[label], value))
            }
            return rows
        }

        static func XMLUnescaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
