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
struct ProvisionTreeBuilder {
    /// How a provision nests.
    enum Order {
        case container(rank: Int, headingLevel: Int?)
        case article
        /// 0 paragraph, 1 point, 2 letter, 3 doubled letter.
        case item(level: Int)
    }

    private struct Node {
        var kind: ProvisionKind
        var number: String
        var label: String
        var heading: String?
        var start: Int
        var line: Int
        var path: [String]
    }

    // Parallel arrays indexed like `nodes`, so that the hot loop touches no strings.
    private var nodes: [Node] = []
    private var orders: [Order] = []
    private var ends: [Int] = []
    private var firstChildStarts: [Int?] = []
    /// The children of each node as a chain: its first and last child, and each node's next
    /// sibling (-1 for none), so that no node needs an array of its own while the tree is built.
    private var firstChildren: [Int] = []
    private var lastChildren: [Int] = []
    private var nextSiblings: [Int] = []
    private var childCounts: [Int] = []
    /// The last component of each node's path, for the sibling check.
    private var lastComponents: [String] = []
    private var stack: [Int] = []
    private var roots: [Int] = []
    /// The indices of letters written doubled (`aa)`), whether nested or not.
    private var doubledLetters: Set<Int> = []
    /// Article paths taken so far (other paths are unique among their siblings).
    private var articlePaths: Set<String> = []

    /// A builder with room for about `count` provisions, so that its arrays need not grow.
    init(expecting count: Int) {
        nodes.reserveCapacity(count)
        orders.reserveCapacity(count)
        ends.reserveCapacity(count)
        firstChildStarts.reserveCapacity(count)
        firstChildren.reserveCapacity(count)
        lastChildren.reserveCapacity(count)
        nextSiblings.reserveCapacity(count)
        childCounts.reserveCapacity(count)
        lastComponents.reserveCapacity(count)
    }

    /// Opens a container provision at `start`.
    mutating func openContainer(
        _ marker: MarkerScanner.Match, label: String, heading: String?, start: Int, line: Int,
        headingLevel: Int?
    ) {
        let order = Order.container(rank: marker.word.rank, headingLevel: headingLevel)
        close(at: start) { top in
            guard case .container(let rank, let level) = top else { return true }
            if let level, let headingLevel, level != headingLevel { return level > headingLevel }
            return rank >= marker.word.rank
        }
        let component = marker.word.pathPrefix + "-" + marker.number
        let path = uniqueAmongSiblings(containerPath(), component)
        add(
            Node(
                kind: marker.word.kind, number: marker.number, label: label, heading: heading,
                start: start, line: line, path: path), order: order)
    }

    /// Opens an article at `start`.
    mutating func openArticle(
        _ marker: MarkerScanner.Match, label: String, heading: String?, start: Int, line: Int
    ) {
        close(at: start) { top in
            if case .container = top { return false }
            return true
        }
        let component = marker.word.pathPrefix + "-" + marker.number
        if articlePaths.insert(component).inserted {
            add(
                Node(
                    kind: .article, number: marker.number, label: label, heading: heading,
                    start: start, line: line, path: [component]), order: .article)
            return
        }
        var path = containerPath() + [component]
        var key = path.joined(separator: "/")
        var counter = 1
        while articlePaths.contains(key) {
            counter += 1
            path[path.count - 1] = "\(component)~\(counter)"
            key = path.joined(separator: "/")
        }
        articlePaths.insert(key)
        add(
            Node(
                kind: .article, number: marker.number, label: label, heading: heading,
                start: start, line: line, path: path), order: .article)
    }

    /// Opens a paragraph, point or letter at `start`.
    mutating func openItem(_ item: ItemScanner.Match, label: String, start: Int, line: Int) {
        var level: Int
        switch item.kind {
        case .paragraph: level = 0
        case .point: level = 1
        default: level = 2
        }
        if item.doubled, hasOpenSingleLetter() { level = 3 }
        let depth = openItemDepth(level)
        if level == 0 {
            close(at: start) { top in
                if case .item = top { return true }
                return false
            }
        } else if let depth {
            // The next sibling of an open item: close it and everything inside it.
            for _ in 0...depth {
                if let top = stack.popLast() { ends[top] = start }
            }
        }
        if item.doubled { doubledLetters.insert(nodes.count) }
        let parentPath = stack.last.map { nodes[$0].path } ?? []
        let path = uniqueAmongSiblings(parentPath, item.kind.pathPrefix + "-" + item.number)
        add(
            Node(
                kind: item.kind, number: item.number, label: label, heading: nil, start: start,
                line: line, path: path), order: .item(level: level))
    }

    /// Closes every open provision at `end` and returns the finished tree.
    mutating func finish(at end: Int) -> [Provision] {
        close(at: end) { _ in true }
        return roots.map(provision)
    }

    /// Pops open provisions while `shouldClose` says so, ending them at `position`.
    private mutating func close(at position: Int, while shouldClose: (Order) -> Bool) {
        while let top = stack.last, shouldClose(orders[top]) {
            ends[top] = position
            stack.removeLast()
        }
    }

    /// How many open items lie inside the innermost open item of `level` (0 when it is on top),
    /// looking no further than the enclosing article or container; `nil` when none is open.
    private func openItemDepth(_ level: Int) -> Int? {
        var depth = 0
        var position = stack.count - 1
        while position >= 0 {
            guard case .item(let open) = orders[stack[position]] else { return nil }
            if open == level { return depth }
            depth += 1
            position -= 1
        }
        return nil
    }

    /// Whether a letter that is not doubled (`b)`, not `bb)`) is open inside the innermost article.
    private func hasOpenSingleLetter() -> Bool {
        for index in stack.reversed() {
            guard case .item(let level) = orders[index] else { break }
            if level == 2 && !doubledLetters.contains(index) { return true }
        }
        return false
    }

    /// The path of the innermost open container, or the empty path.
    private func containerPath() -> [String] {
        for index in stack.reversed() {
            if case .container = orders[index] { return nodes[index].path }
        }
        return []
    }

    /// `parent + [component]`, with `~2`, `~3`... on the component if a sibling under the open
    /// provision already has it. Siblings suffice: parents' paths are unique, and paths of other
    /// kinds end in other prefixes.
    private func uniqueAmongSiblings(_ parent: [String], _ component: String) -> [String] {
        var candidate = component
        var counter = 1
        while siblingTaken(candidate) {
            counter += 1
            candidate = "\(component)~\(counter)"
        }
        var path: [String] = []
        path.reserveCapacity(parent.count + 1)
        path += parent
        path.append(candidate)
        return path
    }

    /// Whether a child of the open provision (or a root, when none is open) ends its path in
    /// `component`.
    private func siblingTaken(_ component: String) -> Bool {
        guard let parent = stack.last else {
            return roots.contains { lastComponents[$0] == component }
        }
        var child = firstChildren[parent]
        while child >= 0 {
            if lastComponents[child] == component { return true }
            child = nextSiblings[child]
        }
        return false
    }

    private mutating func add(_ node: Node, order: Order) {
        let index = nodes.count
        nodes.append(node)
        orders.append(order)
        ends.append(node.start)
        firstChildStarts.append(nil)
        firstChildren.append(-1)
        lastChildren.append(-1)
        nextSiblings.append(-1)
        childCounts.append(0)
        lastComponents.append(node.path.last ?? "")
        if let parent = stack.last {
            if lastChildren[parent] >= 0 {
                nextSiblings[lastChildren[parent]] = index
            } else {
                firstChildren[parent] = index
            }
            lastChildren[parent] = index
            childCounts[parent] += 1
            if firstChildStarts[parent] == nil { firstChildStarts[parent] = node.start }
        } else {
            roots.append(index)
        }
        stack.append(index)
    }

    private func provision(_ index: Int) -> Provision {
        let node = nodes[index]
        let end = ends[index]
        var children: [Provision] = []
        children.reserveCapacity(childCounts[index])
        var child = firstChildren[index]
        while child >= 0 {
            children.append(provision(child))
            child = nextSiblings[child]
        }
        return Provision(
            kind: node.kind, number: node.number, path: ProvisionPath(components: node.path),
            label: node.label, heading: node.heading, range: node.start..<end,
            ownRange: node.start..<(firstChildStarts[index] ?? end), line: node.line,
            children: children)
    }
}
