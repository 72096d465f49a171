import FuzzSupport
import LegisDiff
import LegisDocument

/// The diff on two inputs (split at the first NUL byte, or in the middle): the word diff rebuilds
/// both sides exactly, and the structural diff of the two documents, when both parse, finishes
/// and writes its JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiff(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
    let oldBytes = Array(bytes[..<cut])
    let newBytes = Array(bytes[min(cut + 1, bytes.count)...])
    let old = String(decoding: oldBytes, as: UTF8.self)
    let new = String(decoding: newBytes, as: UTF8.self)
    let segments = WordDiff.segments(old: old, new: new)
    guard segments.oldText == old, segments.newText == new else {
        fatalError("the word diff does not rebuild its inputs")
    }
    if let a = try? DocumentParser().parse(bytes: oldBytes), let b = try? DocumentParser().parse(bytes: newBytes) {
        _ = DocumentDiff.compare(a, b).json()
    }
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzDiff_main")
public func fuzzDiffMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzDiff)
}
