import Foundation
import Testing
@testable import WebApp

extension AppTests {
    /// The task list's unit and leader pickers are drawn once and only marked
    /// per request (`DrawnOptions`); the HTML must be what `FormOption.html`
    /// writes, escaping included.
    @Suite struct DrawnOptionsTests {
        @Test func aDrawnPickerIsTheFormOptionHTMLWithTheChosenOneMarked() {
            let choices: [(id: UUID, name: String)] = [
                (UUID(), "Sở Tài chính"), (UUID(), "Phòng \"Kinh tế\" & <Hạ tầng>"), (UUID(), "UBND xã Cửa Tùng"),
            ]
            let drawn = DrawnOptions(choices)
            for selected in [nil, choices[0].id, choices[1].id, UUID()] {
                let expected = FormOption.html(choices.map {
                    FormOption(value: $0.id.uuidString, label: $0.name, selected: $0.id == selected)
                })
                #expect(drawn.html(selected: selected) == expected)
            }
            #expect(drawn.html(selected: choices[1].id).contains("&quot;Kinh tế&quot; &amp; &lt;Hạ tầng&gt;"))
            #expect(DrawnOptions([]).html(selected: nil).isEmpty)
        }
    }
}
