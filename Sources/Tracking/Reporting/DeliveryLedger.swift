import FluentKit
import Foundation

/// The record of what has been delivered, which makes every reminder go out
/// once per channel, recipient and day, across restarts and across processes
/// (the server's daily job and `dondoc remind`).
///
/// Claiming writes the delivery row in the same transaction that decides to
/// send; a second claim finds the row (or hits the unique key, if another
/// process claimed it at the same moment) and is refused. Only a delivery that
/// failed is claimed again.
public struct DeliveryLedger: Sendable {
    let db: any Database
    let gate: WriteGate

    public init(db: any Database, gate: WriteGate) {
        self.db = db
        self.gate = gate
    }

    /// Returns the delivery's id when this caller must deliver it, nil when it
    /// was already delivered or is being delivered. `effect`, when given, is
    /// the delivery itself done in the database (an in-app notification): it
    /// runs in the claiming transaction and the delivery is then complete.
    public func claim(channel: String, recipient: String, date: String,
                      effect: (@Sendable (any Database) async throws -> Void)? = nil) async throws -> UUID? {
        do {
            return try await gate.write(on: db) { db in
                let existing = try await DeliveryRecord.query(on: db)
                    .filter(\.$channel == channel).filter(\.$recipient == recipient).filter(\.$digestDate == date).first()
                let record: DeliveryRecord
                if let existing {
                    guard existing.status == .failed else { return nil }
                    record = existing
                } else {
                    record = DeliveryRecord(channel: channel, recipient: recipient, digestDate: date)
                }
                if let effect {
                    try await effect(db)
                    record.status = .sent
                } else {
                    record.status = .sending
                }
                record.detail = nil
                try await record.save(on: db)
                return try record.requireID()
            }
        } catch where Self.isUniqueViolation(error) {
            return nil
        }
    }

    /// Records how an outside delivery ended.
    public func finish(_ id: UUID, error: String?) async throws {
        try await gate.write(on: db) { db in
            guard let record = try await DeliveryRecord.find(id, on: db) else { return }
            record.status = error == nil ? .sent : .failed
            record.detail = error
            try await record.update(on: db)
        }
    }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("UNIQUE constraint") || text.contains("23505")
    }
}
