/// Builds the provision tree from markers met in document order, with one stack of open
/// provisions, and gives each provision its path and ranges.
///
/// Nesting:
/// - a container closes open articles and items, and open containers of the same or a deeper
///   level: by heading depth when both are Markdown headings of different depths, by profile
///   rank otherwise (so `###### Unterkapitel` still nests in `###### Kapitel`);
/// - an article closes everything but containers, and goes into the innermost container;
/// - a paragraph closes every open item and goes into the open article (or container);
/// - a point or letter closes the open item of its own kind and everything inside it, if there is
///   one (it is that item's next sibling); otherwise it goes into the innermost open item. So
///   letters nest in points (`1. … a) … b) … 2.`) and points in letters (`a) … 1. … 2. … b)`)
///   alike, as they come. A doubled letter (`aa)`) nests in a single one.
///
/// Paths: see ``DocumentParser``.
///
/// Each provision is finished when it closes: its children are finished by then, and wait on
/// one shared stack until their parent closes. So the tree is made in the same pass as the
/// markers are read, while their text is at hand, and no finished value is copied.
struct ProvisionTreeBuilder {
    /// How a provision nests.
    enum Order {
        case container(rank: Int, headingLevel: Int?)
        case article
        /// 0 paragraph, 1 point, 2 letter, 3 doubled letter.
        case item(level: Int)
    }

    /// A provision not closed yet: its plain values, which the nesting rules read.
    private struct Open {
        var order: Order
        var kind: ProvisionKind
        var start: Int
        var line: Int
        /// Where its finished children begin on `finished`.
        var childrenStart: Int
        /// Whether it is a letter written doubled (`aa)`).
        var doubled: Bool
    }

    /// A provision not closed yet: its texts.
    ///
    /// Kept apart from ``Open``, so that reading the nesting values copies no reference; a
    /// tuple, so that closing takes its parts apart without a copy.
    private typealias OpenTexts = (
        number: String, path: [String], component: String, label: String, heading: String?
    )

    private var speller: PathComponentSpeller
    /// The path prefix of each level, by rank.
    private let pathPrefixes: [String]
    private var itemTexts = ItemTextCache()
    private var open: [Open] = []
    /// The texts of the open provisions, in the order of `open`.
    private var openTexts: [OpenTexts] = []
    /// Finished provisions whose parent is still open (or that are roots), in document order.
    private var finished: [Provision?] = []
    /// The last component of the path of each provision on `finished`, for the check that
    /// sibling paths differ: the siblings of a new provision are all finished by then.
    private var finishedComponents: [String] = []
    /// Whether the open article numbers its paragraphs as an auto-numbered Markdown list (every
    /// item written `1.`): `nil` until its first such item is met.
    private(set) var autoList: Bool?
    /// The paragraphs of that list so far, and the indentation of their markers.
    private var autoCount = 0
    private var autoIndent = 0
    /// The names of the children of open provisions with many children, by the provision's
    /// `childrenStart` (-1 for the roots).
    private var bigSiblings: [Int: SiblingNames] = [:]
    /// Article paths taken so far (other paths are unique among their siblings).
    private var articlePaths: PathKeySet

    /// A builder for markers of a profile whose levels have `pathPrefixes` (by rank), with room
    /// for about `count` provisions, so that its arrays need not grow.
    init(pathPrefixes: [String], expecting count: Int) {
        speller = PathComponentSpeller(pathPrefixes: pathPrefixes)
        self.pathPrefixes = pathPrefixes
        articlePaths = PathKeySet(expecting: count / 4, asciiOnly: speller.prefixesAreASCII)
        open.reserveCapacity(16)
        openTexts.reserveCapacity(16)
        finished.reserveCapacity(64)
        finishedComponents.reserveCapacity(64)
    }

    /// Opens a container provision at `start`.
    mutating func openContainer(
        _ marker: MarkerScanner.Match, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, line: Int,
        headingLevel: Int?
    ) {
        // Close articles, items and containers of the same or a deeper level.
        while let top = open.last {
            if case .container(let rank, let level) = top.order {
                if let level, let headingLevel, level != headingLevel {
                    if level <= headingLevel { break }
                } else if rank < marker.rank {
                    break
                }
            }
            closeLast(at: start)
        }
        resetAutoList()
        let (number, spelled, _) = spell(marker, bytes, hashing: false)
        let component = uniqueAmongSiblings(spelled)
        add(
            .container(rank: marker.rank, headingLevel: headingLevel), kind: marker.kind,
            number: number, path: extendedPath(component), component: component,
            label: ByteClass.string(bytes, marker.label), heading: heading(marker, bytes),
            start: start, line: line)
    }

    /// Opens an article at `start`.
    mutating func openArticle(
        _ marker: MarkerScanner.Match, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, line: Int
    ) {
        closeAll(at: start, exceptContainers: true)
        resetAutoList()
        let (number, component, hash) = spell(marker, bytes, hashing: true)
        var path: [String]
        var last = component
        if articlePaths.insert(component, hash: hash) {
            path = [component]
        } else {
            // Taken: the container's path in front, then `~2`, `~3`... if that is taken too.
            let prefix = openTexts.last.map { $0.path.joined(separator: "/") + "/" } ?? ""
            var key = prefix + last
            var counter = 1
            while articlePaths.contains(key, hash: PathKeySet.hash(key)) {
                counter += 1
                last = "\(component)~\(counter)"
                key = prefix + last
            }
            _ = articlePaths.insert(key, hash: PathKeySet.hash(key))
            path = extendedPath(last)
        }
        add(
            .article, kind: .article, number: number, path: path, component: last,
            label: ByteClass.string(bytes, marker.label), heading: heading(marker, bytes),
            start: start, line: line)
    }

    /// Opens a paragraph, point or letter at `start`.
    mutating func openItem(
        _ item: ItemScanner.Match, _ bytes: UnsafeBufferPointer<UInt8>, label: Range<Int>,
        start: Int, line: Int
    ) {
        var level: Int
        switch item.kind {
        case .paragraph: level = 0
        case .point: level = 1
        default: level = 2
        }
        if item.doubled, hasOpenSingleLetter() { level = 3 }
        if level == 0 {
            while let top = open.last, case .item = top.order { closeLast(at: start) }
        } else if let depth = openItemDepth(level) {
            // The next sibling of an open item: close it and everything inside it.
            for _ in 0...depth where !open.isEmpty { closeLast(at: start) }
        }
        let texts: ItemTextCache.Texts
        let key = ItemTextCache.key(bytes, label)
        if let key, let cached = itemTexts.texts(for: key) {
            texts = cached
        } else {
            let (number, spelled, _) = speller.spell(
                item: item.kind, item.number, bytes, hashing: false)
            texts = ItemTextCache.Texts(
                number: number, component: spelled, label: ByteClass.string(bytes, label))
            if let key { itemTexts.store(texts, for: key) }
        }
        let component = uniqueAmongSiblings(texts.component)
        add(
            .item(level: level), kind: item.kind, number: texts.number,
            path: extendedPath(component), component: component, label: texts.label,
            heading: nil, start: start, line: line, doubled: item.doubled)
    }

    /// Whether a point written `1.` at `indent` may be the next paragraph of an auto-numbered
    /// list: it stands right in an article, or at the indentation of the list's earlier items.
    func acceptsAutoParagraph(indent: Int) -> Bool {
        guard let top = open.last else { return false }
        if case .article = top.order { return autoCount == 0 || indent == autoIndent }
        return autoCount > 0 && indent == autoIndent && autoList == true
    }

    /// Records whether the open article's list is auto-numbered.
    mutating func decideAutoList(_ isAuto: Bool, indent: Int) {
        autoList = isAuto
        autoIndent = indent
    }

    /// Opens the next paragraph of an auto-numbered list at `start`: its number is its position.
    mutating func openAutoParagraph(
        _ bytes: UnsafeBufferPointer<UInt8>, label: Range<Int>, start: Int, line: Int
    ) {
        while let top = open.last, case .item = top.order { closeLast(at: start) }
        autoCount += 1
        let number = String(autoCount)
        let component = uniqueAmongSiblings(ProvisionKind.paragraph.pathPrefix + "-" + number)
        add(
            .item(level: 0), kind: .paragraph, number: number, path: extendedPath(component),
            component: component, label: ByteClass.string(bytes, label), heading: nil, start: start,
            line: line)
    }

    private mutating func resetAutoList() {
        autoList = nil
        autoCount = 0
    }

    /// Closes every open provision at `end` and returns the finished tree.
    mutating func finish(at end: Int) -> [Provision] {
        closeAll(at: end, exceptContainers: false)
        var provisions: [Provision] = []
        provisions.reserveCapacity(finished.count)
        for position in finished.indices {
            if let provision = finished[position].take() { provisions.append(provision) }
        }
        finished.removeAll()
        finishedComponents.removeAll()
        return provisions
    }

    /// The number, path component and (when `hashing`) its hash of `marker`.
    private mutating func spell(
        _ marker: MarkerScanner.Match, _ bytes: UnsafeBufferPointer<UInt8>, hashing: Bool
    ) -> (number: String, component: String, hash: UInt64) {
        guard let text = marker.numberText else {
            return speller.spell(level: marker.rank, marker.number, bytes, hashing: hashing)
        }
        let component = pathPrefixes[marker.rank] + "-" + text
        return (text, component, hashing ? PathKeySet.hash(component) : 0)
    }

    /// The heading of `marker`, if it has one, without Markdown emphasis around it.
    private func heading(_ marker: MarkerScanner.Match, _ bytes: UnsafeBufferPointer<UInt8>)
        -> String?
    {
        var range = marker.heading
        while !range.isEmpty, bytes[range.lowerBound] == 0x2A || bytes[range.lowerBound] == 0x5F {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while !range.isEmpty, bytes[range.upperBound - 1] == 0x2A || bytes[range.upperBound - 1] == 0x5F {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return range.isEmpty ? nil : ByteClass.string(bytes, range)
    }

    /// The path of the innermost open provision (none: the empty path) with `component` added.
    private func extendedPath(_ component: String) -> [String] {
        let parent = openTexts.count - 1
        guard parent >= 0 else { return [component] }
        var path: [String] = []
        openTexts[parent].path.withUnsafeBufferPointer { parentPath in
            path.reserveCapacity(parentPath.count + 1)
            for component in parentPath { path.append(component) }
        }
        path.append(component)
        return path
    }

    /// Closes open provisions at `position`: all of them, or all down to the innermost open
    /// container.
    private mutating func closeAll(at position: Int, exceptContainers: Bool) {
        while let top = open.last {
            if exceptContainers, case .container = top.order { break }
            closeLast(at: position)
        }
    }

    /// Closes the innermost open provision at `end`: it is finished, with the finished
    /// provisions after it as its children, and waits for its own parent to close.
    private mutating func closeLast(at end: Int) {
        guard let provision = open.popLast(),
            let (number, path, component, label, heading) = openTexts.popLast()
        else { return }
        if !bigSiblings.isEmpty { bigSiblings.removeValue(forKey: provision.childrenStart) }
        let (children, firstChildStart) = takeFinished(from: provision.childrenStart)
        let ownEnd = firstChildStart ?? end
        finished.append(
            Provision(
                kind: provision.kind, number: number, path: ProvisionPath(components: path),
                label: label, heading: heading, line: provision.line,
                range: provision.start..<end, ownRange: provision.start..<ownEnd,
                children: children))
        finishedComponents.append(component)
    }

    /// The finished provisions from `start` on, taken off `finished`, and the start of the first.
    private mutating func takeFinished(from start: Int) -> ([Provision], Int?) {
        let count = finished.count - start
        guard count > 0 else { return ([], nil) }
        var taken: [Provision] = []
        taken.reserveCapacity(count)
        var first: Int?
        for position in start..<finished.count {
            guard let provision = finished[position].take() else { continue }
            if first == nil { first = provision.range.lowerBound }
            taken.append(consume provision)
        }
        finished.removeLast(count)
        finishedComponents.removeLast(count)
        return (taken, first)
    }

    /// How many open items lie inside the innermost open item of `level` (0 when it is on top),
    /// looking no further than the enclosing article or container; `nil` when none is open.
    private func openItemDepth(_ level: Int) -> Int? {
        var depth = 0
        var position = open.count - 1
        while position >= 0 {
            guard case .item(let openLevel) = open[position].order else { return nil }
            if openLevel == level { return depth }
            depth += 1
            position -= 1
        }
        return nil
    }

    /// Whether a letter that is not doubled (`b)`, not `bb)`) is open inside the innermost article.
    private func hasOpenSingleLetter() -> Bool {
        var position = open.count - 1
        while position >= 0 {
            guard case .item(let level) = open[position].order else { break }
            if level == 2 && !open[position].doubled { return true }
            position -= 1
        }
        return false
    }

    /// The names of the children of a provision with many of them, kept in a set once the
    /// provision has more than ``siblingScanLimit`` children, so that a long run of siblings
    /// (thousands of `§ N` at the top, a list of thousands of items) is not scanned once per
    /// child.
    private struct SiblingNames {
        var taken: Set<String> = []
        /// For each component, the last `~N` given to a repeat of it.
        var lastCounter: [String: Int] = [:]
    }

    /// Up to this many children, a new child's name is checked by looking at each of them.
    static let siblingScanLimit = 32

    /// `component`, made unique among the open provision's children.
    ///
    /// It gets `~2`, `~3`... if a sibling already ends its path in it. Siblings suffice: parents'
    /// paths are unique, and paths of other kinds end in other prefixes.
    private mutating func uniqueAmongSiblings(_ component: String) -> String {
        let first = open.last?.childrenStart ?? 0
        let key = open.isEmpty ? -1 : first
        var names: SiblingNames
        if let kept = bigSiblings.removeValue(forKey: key) {
            names = kept
        } else if finishedComponents.count - first > Self.siblingScanLimit {
            names = SiblingNames()
            for position in first..<finishedComponents.count { names.taken.insert(finishedComponents[position]) }
        } else {
            var candidate = component
            var counter = 1
            while siblingTaken(candidate) {
                counter += 1
                candidate = "\(component)~\(counter)"
            }
            return candidate
        }
        var candidate = component
        if names.taken.contains(candidate) {
            var counter = names.lastCounter[component] ?? 1
            repeat {
                counter += 1
                candidate = "\(component)~\(counter)"
            } while names.taken.contains(candidate)
            names.lastCounter[component] = counter
        }
        names.taken.insert(candidate)
        bigSiblings[key] = names
        return candidate
    }

    /// Whether a child of the open provision (or a root, when none is open) ends its path in
    /// `component`.
    private func siblingTaken(_ component: String) -> Bool {
        let first = open.last?.childrenStart ?? 0
        var position = first
        while position < finishedComponents.count {
            if finishedComponents[position] == component { return true }
            position += 1
        }
        return false
    }

    /// Opens a provision as the last child of the open provision (or as a root).
    private mutating func add(
        _ order: Order, kind: ProvisionKind, number: String, path: [String], component: String,
        label: String, heading: String?, start: Int, line: Int, doubled: Bool = false
    ) {
        open.append(
            Open(
                order: order, kind: kind, start: start, line: line,
                childrenStart: finished.count, doubled: doubled))
        openTexts.append(
            (number: number, path: path, component: component, label: label, heading: heading))
    }
}
