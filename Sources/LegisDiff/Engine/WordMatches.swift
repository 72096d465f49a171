/// Carries the common runs found among the non-whitespace tokens of two token lists over to
/// all their tokens.
///
/// The differ compares words and punctuation only (half the tokens), since whitespace, interned
/// by meaning, says little about where texts correspond. A run of matched words stays one run
/// where the whitespace between them matches too (both a plain space, or both a blank line), and
/// each run then takes in the matching whitespace on either side that no other run has taken.
enum WordMatches {
    /// The runs over all tokens of `old` and `new` that `wordRuns`, runs over their
    /// ``TokenList/wordIds``, stand for.
    static func expand(_ wordRuns: [MatchBlock], old: TokenList, new: TokenList) -> [MatchBlock] {
        var runs: [MatchBlock] = []
        runs.reserveCapacity(wordRuns.count + 8)
        for block in wordRuns where block.count > 0 {
            var t = block.a
            var u = block.b
            let end = block.a + block.count
            while t < end {
                let startA = Int(old.wordTokens[t])
                let startB = Int(new.wordTokens[u])
                var lastA = startA
                var lastB = startB
                t += 1
                u += 1
                while t < end {
                    let nextA = Int(old.wordTokens[t])
                    let nextB = Int(new.wordTokens[u])
                    // Between two words lies nothing or one whitespace token.
                    guard nextA - lastA == nextB - lastB,
                        nextA - lastA == 1 || old.ids[lastA + 1] == new.ids[lastB + 1]
                    else { break }
                    lastA = nextA
                    lastB = nextB
                    t += 1
                    u += 1
                }
                runs.append(MatchBlock(a: startA, b: startB, count: lastA - startA + 1))
            }
        }
        return takeInWhitespace(runs, old: old, new: new)
    }

    /// Grows each run by the equal whitespace token just before and just after it, when no
    /// neighbouring run holds it, and joins runs that then touch.
    private static func takeInWhitespace(_ runs: [MatchBlock], old: TokenList, new: TokenList) -> [MatchBlock] {
        var runs = runs
        for k in runs.indices {
            let floorA = k > 0 ? runs[k - 1].a + runs[k - 1].count : 0
            let floorB = k > 0 ? runs[k - 1].b + runs[k - 1].count : 0
            let a = runs[k].a
            let b = runs[k].b
            if a > floorA && b > floorB && isSpace(old, a - 1) && old.ids[a - 1] == new.ids[b - 1] {
                runs[k] = MatchBlock(a: a - 1, b: b - 1, count: runs[k].count + 1)
            }
            let endA = runs[k].a + runs[k].count
            let endB = runs[k].b + runs[k].count
            let ceilingA = k + 1 < runs.count ? runs[k + 1].a : old.count
            let ceilingB = k + 1 < runs.count ? runs[k + 1].b : new.count
            if endA < ceilingA && endB < ceilingB && isSpace(old, endA) && old.ids[endA] == new.ids[endB] {
                runs[k].count += 1
            }
        }
        var joined: [MatchBlock] = []
        joined.reserveCapacity(runs.count)
        for run in runs {
            if let last = joined.last, last.a + last.count == run.a, last.b + last.count == run.b {
                joined[joined.count - 1].count += run.count
            } else {
                joined.append(run)
            }
        }
        return joined
    }

    /// Whether token `index` of `list` is whitespace (whitespace ids are the interner's first).
    private static func isSpace(_ list: TokenList, _ index: Int) -> Bool {
        list.ids[index] <= TokenInterner.paragraphBreak
    }
}
