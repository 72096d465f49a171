/// Byte-range equality across two buffers, eight bytes at a time.
enum ByteCompare {
    /// Whether `a` of `x` and `b` of `y` hold the same bytes.
    static func equal(_ x: [UInt8], _ a: Range<Int>, _ y: [UInt8], _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        return x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return a.isEmpty }
                var i = a.lowerBound
                var j = b.lowerBound
                let end = a.upperBound
                while i + 8 <= end {
                    let u = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    let v = UnsafeRawPointer(q + j).loadUnaligned(as: UInt64.self)
                    if u != v { return false }
                    i += 8
                    j += 8
                }
                while i < end {
                    if p[i] != q[j] { return false }
                    i += 1
                    j += 1
                }
                return true
            }
        }
    }
}
