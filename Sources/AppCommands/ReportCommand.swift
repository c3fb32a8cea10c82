import ArgumentParser
import Fluent
import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor
import WebApp

/// `dondoc report`: the period report as a file, the same one the web app
/// serves, from the same database.
public struct ReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Xuất báo cáo kết quả thực hiện nhiệm vụ (period report as XLSX, DOCX or CSV).")

    @ArgumentParser.Option(help: "Kỳ báo cáo: 2024-03, 2024-Q1, 2024-H1, 2024-9M or 2024.")
    var period: String?
    @ArgumentParser.Option(help: "Cách tính kỳ: decree09 (chốt ngày 14, default) or calendar.")
    var kind: String?
    @ArgumentParser.Option(help: "Custom range start, YYYY-MM-DD (with --to).")
    var from: String?
    @ArgumentParser.Option(help: "Custom range end, YYYY-MM-DD (with --from).")
    var to: String?
    @ArgumentParser.Option(help: "Lead unit: its code, name or id.")
    var unit: String?
    @ArgumentParser.Option(help: "Leader in charge: user name or id.")
    var leader: String?
    @ArgumentParser.Option(help: "Assigning document: its number (số, ký hiệu) or id.")
    var document: String?
    @ArgumentParser.Option(help: "xlsx, docx or csv.")
    var format: String
    @ArgumentParser.Option(help: "Output file.")
    var out: String
    @ArgumentParser.Option(name: .customLong("data-dir"), help: "Folder of the SQLite database.")
    var dataDirectory = "./data"

    public init() {}

    /// Bad arguments are refused here, before the database is opened.
    public func validate() throws {
        do {
            _ = try ReportFile.Format(format)
            _ = try ReportWindows.parse(period: period, basis: kind, from: from, to: to, today: VietnamDayClock().today())
        } catch let error as TrackingError {
            throw ValidationError(error.message)
        }
        if [unit, leader, document].compactMap({ $0 }).count > 1 {
            throw ValidationError("Chỉ chọn một phạm vi: --unit, --leader hoặc --document.")
        }
    }

    public mutating func run() async throws {
        let written = try await writeReport(environment: ProcessInfo.processInfo.environment)
        print(written.sentence)
        print("Đã ghi \(out) (\(written.bytes) byte).")
    }

    /// The command's work on the database named by `environment` (DATABASE_URL)
    /// or the data folder: the report's sentence and the size of the file written.
    func writeReport(environment: [String: String]) async throws -> (sentence: String, bytes: Int) {
        let command = self
        let file: (ReportFile, String)
        do {
            file = try await AppSession.run(dataDirectory: dataDirectory, environment: environment) { app in
                let format = try ReportFile.Format(command.format)
                let today = VietnamDayClock().today()
                let window = try ReportWindows.parse(period: command.period, basis: command.kind, from: command.from, to: command.to,
                                                     today: today)
                let subject = try await command.subject(app.db)
                let report = try await ReportService(db: app.db).report(subject, window: window)
                return (try ReportFile.report(report, format: format, office: app.reportingOffice, today: today), report.sentence)
            }
        } catch let error as TrackingError {
            throw ValidationError(error.message)
        }
        do {
            try Data(file.0.bytes).write(to: URL(fileURLWithPath: out))
        } catch {
            throw ValidationError("Không ghi được tệp \(out): thư mục không tồn tại hoặc không có quyền ghi.")
        }
        return (file.1, file.0.bytes.count)
    }

    private func subject(_ db: any Database) async throws -> ReportSubject {
        if let unit {
            let units = try await UnitRecord.query(on: db).all()
            guard let found = units.first(where: { $0.id?.uuidString == unit.uppercased() || $0.code == unit || $0.name == unit }) else {
                throw TrackingError(.invalid, "Không tìm thấy đơn vị \"\(unit)\".")
            }
            return .unit(try found.requireID())
        }
        if let leader {
            var user: UserRecord?
            if let id = UUID(uuidString: leader) { user = try await UserRecord.find(id, on: db) }
            if user == nil { user = try await UserRecord.query(on: db).filter(\.$username == leader).first() }
            guard let user else {
                throw TrackingError(.invalid, "Không tìm thấy lãnh đạo \"\(leader)\".")
            }
            return .leader(try user.requireID())
        }
        if let document {
            if let id = UUID(uuidString: document) { return .document(id) }
            guard let found = try await DocumentRecord.query(on: db).filter(\.$number == document).field(\.$id).first() else {
                throw TrackingError(.invalid, "Không tìm thấy văn bản \"\(document)\".")
            }
            return .document(try found.requireID())
        }
        return .all
    }
}
