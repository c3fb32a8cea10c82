import Testing
import TrackingRules

@Suite struct TaskStatusTests {
    @Test func doneStatusesAreTheThreeCompletedOnes() {
        #expect(TaskStatus.allCases.filter(\.isDone) == [.doneOnTime, .doneLate, .doneNoDeadline])
    }

    @Test func labelsAreVietnamese() {
        #expect(TaskStatus.overdue.label == "Chưa hoàn thành - quá hạn")
        #expect(WorkflowState.awaitingConfirmation.label == "Chờ xác nhận")
    }
}
