import Foundation
import NIOCore
import Tracking
import TrackingRules
import Vapor

/// A task list as the API's JSON, written straight into bytes (sent, and
/// kept, as a `JSONBody`). Foundation's JSONEncoder took every row through Codable's
/// containers and a dictionary per object: a fifth of a list request's CPU.
/// The keys and values are those of TaskRow's Codable form (a nil field is
/// left out, as the synthesised encoding does); TaskListJSONTests holds it
/// to JSONEncoder's output.
struct TaskListJSON {
    let rows: [TaskRow]

    var bytes: ByteBuffer {
        var writer = JSONBytes(buffer: ByteBufferAllocator().buffer(capacity: 64 + rows.count * 1_200))
        writer.array(rows) { writer, row in writer.task(row) }
        return writer.buffer
    }
}

extension JSONBytes {
    mutating func task(_ row: TaskRow) {
        object { o in
            o.field("id", row.id)
            o.field("title", row.title)
            o.field("section", row.section)
            o.field("documentID", row.documentID)
            o.field("documentNumber", row.documentNumber)
            o.field("leadUnitID", row.leadUnitID)
            o.field("leadUnitName", row.leadUnitName)
            o.field("leadText", row.leadText)
            o.field("leaderID", row.leaderID)
            o.field("leaderName", row.leaderName)
            o.field("deadline", row.deadline)
            o.field("originalDeadline", row.originalDeadline)
            o.field("deadlineText", row.deadlineText)
            o.field("workflowState", row.workflowState.rawValue)
            o.field("workflowLabel", row.workflowLabel)
            o.field("completedOn", row.completedOn)
            o.key("supportUnits")
            o.array(row.supportUnits) { writer, unit in
                writer.object { u in
                    u.field("id", unit.id)
                    u.field("name", unit.name)
                    u.field("state", unit.state.rawValue)
                    u.field("stateLabel", unit.stateLabel)
                }
            }
            o.field("status", row.status?.rawValue)
            o.field("statusLabel", row.statusLabel)
            o.field("isDueSoon", row.isDueSoon)
            o.field("workingDaysLate", row.workingDaysLate)
            o.field("workingDaysLeft", row.workingDaysLeft)
        }
    }
}

/// JSON written byte by byte: objects, arrays, strings escaped as
/// JSONEncoder escapes them (quote, backslash, slash, control characters).
struct JSONBytes {
    var buffer: ByteBuffer
    private var needsComma = false

    init(buffer: ByteBuffer) { self.buffer = buffer }

    mutating func object(_ body: (inout JSONBytes) -> Void) {
        buffer.writeInteger(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        buffer.writeInteger(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<Element>(_ elements: [Element], _ body: (inout JSONBytes, Element) -> Void) {
        buffer.writeInteger(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            body(&self, element)
        }
        buffer.writeInteger(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        if needsComma { buffer.writeInteger(UInt8(ascii: ",")) }
        buffer.writeInteger(UInt8(ascii: "\""))
        buffer.writeStaticString(name)
        buffer.writeStaticString("\":")
        needsComma = true
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: UUID?) {
        guard let value else { return }
        key(name)
        uuid(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        buffer.writeString(String(value))
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        buffer.writeStaticString(value ? "true" : "false")
    }

    mutating func string(_ value: String) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") else { continue }
                buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "/"): buffer.writeStaticString("\\/")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                case 0x09: buffer.writeStaticString("\\t")
                case 0x08: buffer.writeStaticString("\\b")
                case 0x0C: buffer.writeStaticString("\\f")
                default:
                    buffer.writeStaticString("\\u00")
                    buffer.writeInteger(Self.hex[Int(byte >> 4)])
                    buffer.writeInteger(Self.hex[Int(byte & 0x0F)])
                }
            }
            buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...])))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    /// Upper-case 8-4-4-4-12, as `UUID.uuidString`, without building the string.
    mutating func uuid(_ value: UUID) {
        var text = [UInt8](repeating: UInt8(ascii: "\""), count: 38)
        withUnsafeBytes(of: value.uuid) { bytes in
            var at = 1
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[at] = UInt8(ascii: "-")
                    at += 1
                }
                text[at] = Self.hex[Int(byte >> 4)]
                text[at + 1] = Self.hex[Int(byte & 0x0F)]
                at += 2
            }
        }
        buffer.writeBytes(text)
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
}
