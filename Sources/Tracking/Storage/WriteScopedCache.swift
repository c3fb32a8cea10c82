import Foundation

/// Results computed from the database, kept until this server writes: a few
/// keys (say one per reader's scope and day), each served again while no
/// write transaction has ended through the server's `WriteGate` since the
/// result's reads began, and for at most `lifetime`.
///
/// Why a result is never served after a write it predates: the gate counts
/// a write only once its transaction has ended, and a result is stored under
/// the count taken *before* its computation began. A computation that read
/// data from before some commit began before that commit, so before the
/// count moved past it; once the count has moved, the entry no longer
/// matches and is computed again.
///
/// Writes this server does not see: other servers on a shared PostgreSQL
/// database, and other processes on the same file (`dondoc import`,
/// `dondoc remind`). For those the result is at most `lifetime` old.
public final class WriteScopedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let value: Value
        let writesEnded: Int
        let computedAt: ContinuousClock.Instant
    }

    private let gate: WriteGate
    private let capacity: Int
    private let lifetime: Duration
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var computing: [Key: (writesEnded: Int, task: Task<Value, any Error>)] = [:]

    public init(gate: WriteGate, capacity: Int, lifetime: Duration) {
        precondition(capacity >= 0, "a cache holds no results or some")
        self.gate = gate
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// The result for `key`: with a capacity of zero always `compute()`'s, else the stored one if no write has ended since it
    /// was computed and it is younger than `lifetime`, else `compute()`'s.
    /// Requests that miss together share one computation, so a burst after a
    /// write computes the result once.
    public func value(for key: Key, compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        // A cache of no results (kept answers turned off) computes every time.
        guard capacity > 0 else { return try await compute() }
        // Taken before any read of the computation (see the type's comment).
        let writesEnded = gate.writesEnded
        let now = ContinuousClock.now
        let found = lock.withLock { () -> Found in
            if let stored = entries[key], stored.writesEnded == writesEnded, now - stored.computedAt < lifetime {
                return .stored(stored.value)
            }
            // One that began after the same count is as fresh as a new one.
            if let running = computing[key], running.writesEnded == writesEnded { return .computing(running.task) }
            let task = Task {
                defer { self.lock.withLock { if self.computing[key]?.writesEnded == writesEnded { self.computing[key] = nil } } }
                let value = try await compute()
                self.lock.withLock { self.keep(Entry(value: value, writesEnded: writesEnded, computedAt: now), for: key) }
                return value
            }
            computing[key] = (writesEnded, task)
            return .computing(task)
        }
        switch found {
        case .stored(let value): return value
        case .computing(let task): return try await task.value
        }
    }

    private enum Found {
        case stored(Value)
        case computing(Task<Value, any Error>)
    }

    /// How many results are held (never more than the capacity).
    public var count: Int { lock.withLock { entries.count } }

    private func keep(_ entry: Entry, for key: Key) {
        let current = gate.writesEnded
        // Computed from data a write has since changed: of no use to anyone.
        guard entry.writesEnded == current else { return }
        if entries[key] == nil, entries.count >= capacity {
            // Room for one more: the stale and expired results go first, else the oldest.
            let now = ContinuousClock.now
            for (key, held) in entries where held.writesEnded != current || now - held.computedAt >= lifetime { entries[key] = nil }
            if entries.count >= capacity, let oldest = entries.min(by: { $0.value.computedAt < $1.value.computedAt })?.key {
                entries[oldest] = nil
            }
        }
        entries[key] = entry
    }
}
