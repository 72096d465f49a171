import LegisDiff
import Testing

/// Checks that `segments` rebuild both texts byte for byte.
func expectRebuilds(
    _ segments: [Segment], old: String, new: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(Array(segments.oldText.utf8) == Array(old.utf8), "old side", sourceLocation: sourceLocation)
    #expect(Array(segments.newText.utf8) == Array(new.utf8), "new side", sourceLocation: sourceLocation)
}
