import Foundation
import LegalCalendar
import Reports

/// Who issues the reports and reminder dispatches, as their Decree 30 header
/// and signature print it. Read from the environment (DONDOC_PARENT_BODY,
/// DONDOC_PLACE, DONDOC_SIGNER_TITLE, DONDOC_SIGNER_NAME); the issuer is the
/// organisation's name. Drafts leave the number blank for the văn thư.
public struct OfficeIdentity: Sendable {
    public var issuer: String
    public var parentBody: String?
    public var place: String
    public var signerAuthority: String?
    public var signerTitle: String
    public var signerName: String

    public init(issuer: String, parentBody: String? = nil, place: String = "……………", signerAuthority: String? = "KT. CHỦ TỊCH",
                signerTitle: String = "PHÓ CHỦ TỊCH", signerName: String = "") {
        self.issuer = issuer
        self.parentBody = parentBody
        self.place = place
        self.signerAuthority = signerAuthority
        self.signerTitle = signerTitle
        self.signerName = signerName
    }

    public static func fromEnvironment(issuer: String, _ environment: [String: String] = ProcessInfo.processInfo.environment) -> OfficeIdentity {
        var office = OfficeIdentity(issuer: issuer)
        office.parentBody = environment["DONDOC_PARENT_BODY"]
        if let place = environment["DONDOC_PLACE"] { office.place = place }
        if let title = environment["DONDOC_SIGNER_TITLE"] { office.signerTitle = title }
        if let name = environment["DONDOC_SIGNER_NAME"] { office.signerName = name }
        return office
    }

    /// The header of a draft dated `date`: "BC-UBND" for a report, "UBND-VP" for a công văn.
    func header(symbol: String, date: CivilDate) -> DocumentHeader {
        DocumentHeader(parentBody: parentBody, issuer: issuer, number: nil, symbol: symbol, place: place, date: date)
    }

    var signature: SignatureBlock {
        SignatureBlock(authority: signerAuthority, title: signerTitle, name: signerName)
    }
}
