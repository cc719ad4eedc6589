// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, kept apart from the product: they build only with the fuzzer and address
// sanitizers (see `Fuzz/run`).
let targets = ["FuzzImport", "FuzzLayout", "FuzzQuery", "FuzzSettings"]

let package = Package(
    name: "tread-fuzz",
    dependencies: [
        .package(name: "tread", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzDriver",
                .product(name: "ThreadModel", package: "tread"),
                .product(name: "Reader", package: "tread"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
