// swift-tools-version: 6.1
import PackageDescription

// The layout benchmark, kept apart from the product so that building tread
// needs neither ICU nor the C peers.
let package = Package(
    name: "tread-benchmarks",
    dependencies: [
        .package(name: "tread", path: ".."),
    ],
    targets: [
        .target(
            name: "CPeers",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        .executableTarget(
            name: "tread-bench",
            dependencies: [
                "CPeers",
                .product(name: "ThreadModel", package: "tread"),
                .product(name: "Reader", package: "tread"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
