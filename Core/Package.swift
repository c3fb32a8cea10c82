// swift-tools-version:6.1
// The pure core of dondoc: reading documents, extracting tasks, the legal
// calendar, task-status rules and report building. No Vapor, no database, so
// it builds and tests in seconds; the app package at the repository root
// depends on it by path.
import PackageDescription

let package = Package(
    name: "DondocCore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LegalCalendar", targets: ["LegalCalendar"]),
        .library(name: "DocumentReader", targets: ["DocumentReader"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "TrackingRules", targets: ["TrackingRules"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "DondocCommands", targets: ["DondocCommands"]),
        .library(name: "SeededRandom", targets: ["SeededRandom"]),
        .executable(name: "dondoc-core", targets: ["dondoc-core"]),
        .executable(name: "dondoc-bench", targets: ["dondoc-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .target(name: "LegalCalendar"),
        // Test and benchmark inputs shared by tests, dondoc-bench and the app's seeder.
        .target(name: "SeededRandom"),
        .target(name: "StressDocuments"),
        .target(name: "DocumentReader", dependencies: ["ZIPFoundation"]),
        .target(name: "Extraction", dependencies: ["DocumentReader", "LegalCalendar"]),
        .target(name: "TrackingRules", dependencies: ["LegalCalendar"]),
        .target(name: "Reports", dependencies: ["TrackingRules", "LegalCalendar", "ZIPFoundation"]),
        .target(name: "DondocCommands", dependencies: [
            "DocumentReader", "Extraction", "LegalCalendar", "TrackingRules", "Reports",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dondoc-core", dependencies: ["DondocCommands"]),
        .executableTarget(name: "dondoc-bench", dependencies: [
            "DocumentReader", "Extraction", "LegalCalendar", "TrackingRules", "Reports", "SeededRandom", "StressDocuments",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "LegalCalendarTests", dependencies: [
            "LegalCalendar", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DocumentReaderTests", dependencies: ["DocumentReader", "ZIPFoundation", "SeededRandom"]),
        .testTarget(name: "ExtractionTests", dependencies: [
            "Extraction", "DocumentReader", "DondocCommands", "SeededRandom", "StressDocuments",
        ]),
        .testTarget(name: "TrackingRulesTests", dependencies: [
            "TrackingRules", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ReportsTests", dependencies: [
            "Reports", "TrackingRules", "LegalCalendar", "ZIPFoundation",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DondocCommandsTests", dependencies: ["DondocCommands", "LegalCalendar"]),
    ]
)
