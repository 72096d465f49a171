/// git's pack delta format: an object written as instructions against another (its base).
///
/// A delta starts with the base's size and the result's size (7 bits a byte, least significant
/// first, the high bit meaning "more follows"), then instructions: a byte with the high bit set
/// copies a stretch of the base (its low 4 bits say which offset bytes follow, the next 3 which
/// size bytes; a size of 0 means 65,536), a byte from 1 to 127 inserts that many bytes that
/// follow it, and 0 is reserved.
enum PackDelta {
    /// The result of applying `delta` to `base`; nil when the delta does not fit the base (a
    /// different size, a copy outside it, a result of another size than announced).
    static func apply(_ delta: UnsafeRawBufferPointer, to base: UnsafeRawBufferPointer) -> [UInt8]? {
        var position = 0
        guard let baseSize = size(delta, &position), baseSize == base.count,
            let resultSize = size(delta, &position), resultSize >= 0,
            resultSize <= maximumResult(delta.count, base.count)
        else { return nil }
        var valid = true
        let result = [UInt8](unsafeUninitializedCapacity: max(resultSize, 1)) { buffer, initialized in
            var written = 0
            while position < delta.count, valid {
                let command = delta[position]
                position += 1
                if command & 0x80 != 0 {
                    var offset = 0
                    var length = 0
                    for bit in 0..<4 where command & (1 << bit) != 0 {
                        guard position < delta.count else { valid = false; break }
                        offset |= Int(delta[position]) << (8 * bit)
                        position += 1
                    }
                    for bit in 0..<3 where command & (0x10 << bit) != 0 {
                        guard position < delta.count else { valid = false; break }
                        length |= Int(delta[position]) << (8 * bit)
                        position += 1
                    }
                    if length == 0 { length = 0x10000 }
                    guard valid, offset + length <= base.count, written + length <= resultSize else {
                        valid = false
                        break
                    }
                    UnsafeMutableRawPointer(buffer.baseAddress! + written)
                        .copyMemory(from: base.baseAddress! + offset, byteCount: length)
                    written += length
                } else if command != 0 {
                    let length = Int(command)
                    guard position + length <= delta.count, written + length <= resultSize else {
                        valid = false
                        break
                    }
                    UnsafeMutableRawPointer(buffer.baseAddress! + written)
                        .copyMemory(from: delta.baseAddress! + position, byteCount: length)
                    position += length
                    written += length
                } else {
                    valid = false
                }
            }
            if written != resultSize { valid = false }
            initialized = valid ? resultSize : 0
        }
        return valid ? result : nil
    }

    /// The largest result a delta of `deltaSize` bytes can describe over a base of `baseSize`
    /// bytes: each copy instruction (at most 8 bytes) copies at most the whole base, each insert
    /// adds less than itself. A larger announced size is not a delta git wrote.
    static func maximumResult(_ deltaSize: Int, _ baseSize: Int) -> Int {
        deltaSize.multipliedReportingOverflow(by: max(baseSize, 0x10000)).overflow
            ? Int.max : deltaSize * max(baseSize, 0x10000)
    }

    /// A size at `position` (7 bits a byte, least significant first), moving past it.
    static func size(_ bytes: UnsafeRawBufferPointer, _ position: inout Int) -> Int? {
        var value = 0
        var shift = 0
        while position < bytes.count, shift < 63 {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }
}
