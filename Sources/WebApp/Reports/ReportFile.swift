import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor

/// A report or dispatch served as a download.
public struct ReportFile: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case xlsx, csv, docx

        public var contentType: String {
            switch self {
            case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .csv: return "text/csv; charset=utf-8"
            }
        }

        public init(_ text: String?) throws {
            guard let format = text.flatMap({ Format(rawValue: $0.lowercased()) }) else {
                throw TrackingError(.invalid, "Định dạng tệp \"\(text ?? "")\" không hỗ trợ: chọn xlsx, docx hoặc csv.")
            }
            self = format
        }
    }

    public let bytes: [UInt8]
    public let format: Format
    /// The Vietnamese name, without the extension ("Báo cáo nhiệm vụ Quý I-2026").
    public let baseName: String

    public var fileName: String { baseName + "." + format.rawValue }

    /// The period report in one of its three forms.
    public static func report(_ report: PeriodReport, format: Format, office: OfficeIdentity, today: CivilDate) throws -> ReportFile {
        let bytes: [UInt8]
        do throws(ExportError) {
            switch format {
            case .xlsx: bytes = try ReportExport.xlsx(report)
            case .csv: bytes = ReportExport.csv(report)
            case .docx:
                bytes = try ReportExport.docx(report, header: office.header(symbol: "BC-UBND", date: today),
                                              signature: office.signature, recipients: ["Lãnh đạo UBND", "Lưu: VT"])
            }
        } catch {
            throw Abort(.internalServerError, reason: error.message)
        }
        let subject = ["Báo cáo nhiệm vụ", report.scopePhrase, report.window.label].filter { !$0.isEmpty }.joined(separator: " ")
        return ReportFile(bytes: bytes, format: format, baseName: subject.replacingOccurrences(of: "/", with: "-"))
    }

    /// Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987).
    public var contentDisposition: String {
        "attachment; filename=\"\(Self.asciiName(fileName))\"; filename*=UTF-8''\(Self.percentEncoded(fileName))"
    }

    public func response() -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: contentDisposition)
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }

    /// "Bao-cao-nhiem-vu-Quy-I-2026.xlsx": diacritics removed, anything else unsafe as "-".
    static func asciiName(_ name: String) -> String {
        var out = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0110: out.append("D")
            case 0x0111: out.append("d")
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x5F: out.unicodeScalars.append(scalar)
            default: if !out.hasSuffix("-") { out.append("-") }
            }
        }
        return out
    }

    /// RFC 5987 attr-chars kept, every other UTF-8 byte as %XX.
    static func percentEncoded(_ name: String) -> String {
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~".utf8)
        var out = ""
        for byte in name.utf8 {
            if kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
