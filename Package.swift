// swift-tools-version:6.1
// The dondoc application: the tracking web app and the `dondoc` command.
// Pure logic lives in ./Core and never imports Vapor or Fluent.
import PackageDescription

let package = Package(
    name: "dondoc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dondoc", targets: ["dondoc"]),
    ],
    dependencies: [
        .package(path: "Core"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/vapor", from: "4.100.0"),
        .package(url: "https://github.com/vapor/fluent", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.52.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.10.0"),
        .package(url: "https://github.com/vapor/leaf", from: "4.4.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
    ],
    targets: [
        // Storage: Fluent models, migrations and the SQL read queries.
        .target(name: "Tracking", dependencies: [
            .product(name: "TrackingRules", package: "Core"),
            .product(name: "LegalCalendar", package: "Core"),
            .product(name: "DocumentReader", package: "Core"),
            .product(name: "Extraction", package: "Core"),
            .product(name: "Reports", package: "Core"),
            .product(name: "SeededRandom", package: "Core"),
            .product(name: "FluentKit", package: "fluent-kit"),
            .product(name: "FluentSQL", package: "fluent-kit"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // HTTP: routes, views, JSON API, authentication and authorisation.
        .target(name: "WebApp", dependencies: [
            "Tracking",
            .product(name: "TrackingRules", package: "Core"),
            .product(name: "LegalCalendar", package: "Core"),
            .product(name: "DocumentReader", package: "Core"),
            .product(name: "Extraction", package: "Core"),
            .product(name: "Reports", package: "Core"),
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "Leaf", package: "leaf"),
        ]),
        // The batch commands (import, report), in a library so tests run them
        // as users do; the executable only lists them.
        .target(name: "AppCommands", dependencies: [
            "WebApp", "Tracking",
            .product(name: "LegalCalendar", package: "Core"),
            .product(name: "Reports", package: "Core"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
        ]),
        .executableTarget(name: "dondoc", dependencies: [
            "AppCommands", "WebApp", "Tracking",
            .product(name: "DondocCommands", package: "Core"),
            .product(name: "Reports", package: "Core"),
            .product(name: "SeededRandom", package: "Core"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Vapor", package: "vapor"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .testTarget(name: "WebAppTests", dependencies: [
            "WebApp", "Tracking", "AppCommands",
            .product(name: "Reports", package: "Core"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "VaporTesting", package: "vapor"),
        ], exclude: ["Documents"]),
    ]
)
