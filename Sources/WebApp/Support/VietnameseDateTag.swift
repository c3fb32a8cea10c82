import LeafKit
import LegalCalendar

/// `#ngay(task.deadline)`: the stored ISO day ("2026-11-23") as Vietnamese
/// pages write it ("23/11/2026"). Anything that is not an ISO day is shown as
/// it is, and nothing shows nothing.
struct VietnameseDateTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let value = ctx.parameters.first, !value.isNil, let text = value.string else { return .string("") }
        return .string(CivilDate(iso: text)?.vietnamese ?? text)
    }
}
