// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tread",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tread", targets: ["tread"]),
        .library(name: "ThreadModel", targets: ["ThreadModel"]),
        .library(name: "Reader", targets: ["Reader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CTextKernels"),
        .target(name: "ThreadModel", dependencies: ["CTextKernels"]),
        .target(name: "CLibraryWidth"),
        .target(
            name: "Reader",
            dependencies: ["ThreadModel", "CTextKernels", "CLibraryWidth", "TreadThemes"]
        ),
        .target(
            name: "TreadThemes",
            path: "themes",
            exclude: ["README.md"],
            resources: ["default", "light", "dark", "xueqiu", "high-contrast", "mono"].map { .copy("\($0).toml") }
        ),
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]),
        .target(name: "TerminalUI", dependencies: ["Reader", "CNcursesw"]),
        .executableTarget(
            name: "tread",
            dependencies: [
                "ThreadModel",
                "Reader",
                "TerminalUI",
                "TreadThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/sample-thread.json")]
        ),
        .testTarget(
            name: "ThreadModelTests",
            dependencies: ["ThreadModel", "CTextKernels"],
            exclude: [
                "Conformance/wcwidth_reference.py", "Conformance/wcwidth_measure.py", "Conformance/validate_schema.py",
                "Conformance/toml_reference.py",
            ]
        ),
        .testTarget(
            name: "ReaderTests",
            dependencies: ["Reader", "ThreadModel", "TreadThemes"]
        ),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "CNcursesw", "Reader", "ThreadModel", "TreadThemes"]
        ),
        .testTarget(
            name: "TreadTests",
            dependencies: ["tread", "ThreadModel", "Reader"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
