extension Site {
    /// The amendment number in an address: a positive whole number.
    static func amendmentNumber(_ segment: String?) throws(WebError) -> Int {
        guard let segment, let number = Int(segment), number > 0, String(number) == segment else {
            throw WebError.badRequest("The amendment number in the address must be a positive whole number, as listed on the amendments page.")
        }
        return number
    }
}
