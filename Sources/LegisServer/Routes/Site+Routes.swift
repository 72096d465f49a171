import HTTPTypes
import Hummingbird
import LegisTemplates
import LegisTracker

extension Site {
    /// Registers every page and its JSON twin under `/api`.
    func addRoutes(to router: Router<some RequestContext>) {
        let stylesheet = BuiltInTemplates.stylesheet
        router.get("/style.css") { _, _ in Reply.stylesheet(stylesheet) }

        router.get("/") { request, _ in
            try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("documents", try DocumentsPage(site: self, workspace: workspace)))
            }
        }
        router.get("/api/documents") { request, _ in
            try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try DocumentsPage(site: self, workspace: workspace)))
            }
        }

        router.get("/documents/:id") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let rev = try Self.revisionName(request.uri.queryParameters.get("rev"), parameter: "rev")
            return try respond(to: request) { workspace throws(LegisError) in
                .html(
                    pages.render(
                        "document", try DocumentPage(site: self, workspace: workspace, id: id, requested: rev)))
            }
        }
        router.get("/api/documents/:id") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let rev = try Self.revisionName(request.uri.queryParameters.get("rev"), parameter: "rev")
            return try respond(to: request) { workspace throws(LegisError) in
                .json(
                    try JSONText.encode(
                        try DocumentResponse(site: self, workspace: workspace, id: id, requested: rev)))
            }
        }

        router.get("/documents/:id/history") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("history", try HistoryPage(site: self, workspace: workspace, id: id)))
            }
        }
        router.get("/api/documents/:id/history") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try HistoryPage(site: self, workspace: workspace, id: id)))
            }
        }

        router.get("/documents/:id/compare") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let from = try Self.revisionName(request.uri.queryParameters.get("from"), parameter: "from")
            let to = try Self.revisionName(request.uri.queryParameters.get("to"), parameter: "to")
            let asWritten = request.uri.queryParameters.get("view") == "raw"
            return try respond(to: request) { workspace throws(LegisError) in
                let page = try ComparePage(
                    site: self, workspace: workspace, id: id, from: from, to: to, asWritten: asWritten)
                return .html(pages.render("compare", page), status: page.result == nil ? .badRequest : .ok)
            }
        }
        router.get("/api/documents/:id/compare") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let from = try Self.revisionName(request.uri.queryParameters.get("from"), parameter: "from")
            let to = try Self.revisionName(request.uri.queryParameters.get("to"), parameter: "to")
            guard let from, let to else {
                throw WebError.badRequest(
                    "Name the two revisions to compare: ?from=A&to=B (a draft, a commit, latest or latest-N).")
            }
            return try respond(to: request) { workspace throws(LegisError) in
                let old = try Self.revision(workspace, id, from)
                let new = try Self.revision(workspace, id, to)
                return .json(try cache.redlineJSON(from: old, to: new, in: workspace))
            }
        }

        router.get("/documents/:id/endorsements") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("endorsements", try EndorsementsPage(site: self, workspace: workspace, id: id)))
            }
        }
        router.get("/api/documents/:id/endorsements") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try EndorsementsResponse(site: self, workspace: workspace, id: id)))
            }
        }

        router.get("/documents/:id/amendments") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("amendments", try AmendmentsPage(site: self, workspace: workspace, id: id)))
            }
        }
        router.get("/api/documents/:id/amendments") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try AmendmentsResponse(workspace: workspace, id: id)))
            }
        }
        router.get("/documents/:id/amendments/:n") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let number = try Self.amendmentNumber(context.parameters.get("n"))
            // The secretariat's page carries the decision forms and is never cached.
            if let page = try secretariatAmendmentPage(request, id, number) { return page }
            return try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("amendment", try AmendmentPage(site: self, workspace: workspace, id: id, number: number)))
            }
        }
        router.get("/api/documents/:id/amendments/:n") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let number = try Self.amendmentNumber(context.parameters.get("n"))
            return try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try AmendmentResponse(workspace: workspace, id: id, number: number)))
            }
        }

        router.get("/stakeholders") { request, _ in
            try respond(to: request) { workspace throws(LegisError) in
                .html(pages.render("stakeholders", try StakeholdersPage(site: self, workspace: workspace)))
            }
        }
        router.get("/api/stakeholders") { request, _ in
            try respond(to: request) { workspace throws(LegisError) in
                .json(try JSONText.encode(try StakeholdersResponse(site: self, workspace: workspace)))
            }
        }
    }

    /// Answers from the page cache, or builds the page and keeps it when it succeeded.
    ///
    /// The key is the state of every reference and the address asked for: a page is rebuilt
    /// as soon as a commit, a draft or an endorsement is added.
    private func respond(
        to request: Request, _ build: (Workspace) throws(LegisError) -> RenderedPage
    ) throws(LegisError) -> Response {
        let address = "\n" + request.uri.path + "?" + (request.uri.query ?? "")
        // Caches in front: while no reference moved, a page kept is answered without git.
        if let state = cache.refs.keptKey(), let cached = cache.pages.value(for: state + address)
        {
            return cached.response
        }
        return try withWorkspace { workspace throws(LegisError) in
            let key = try cache.stateKey(workspace) + address
            if let cached = cache.pages.value(for: key) { return cached.response }
            let page = try build(workspace)
            if page.status == .ok { cache.pages.insert(page, for: key, cost: page.body.readableBytes + key.utf8.count) }
            return page.response
        }
    }
}
