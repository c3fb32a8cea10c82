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
    ],
    targets: [
        .executableTarget(name: "dondoc", dependencies: [
            .product(name: "DondocCommands", package: "Core"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ]
)
