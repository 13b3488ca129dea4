package org.linkmap.service.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linkmap.model.EntityKind;
import org.linkmap.model.submission.Identifiers;
import org.linkmap.model.submission.Postcodes;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&limit=}: first whatever the text names exactly once normalised (a phone number in
 * any UK format, a registration mark with or without spaces, a postcode, an {@code @handle}), then full-text
 * matches on names, aliases, addresses and network names, tolerating spelling. Results pass the same
 * disclosure rules as everything else: nothing from outside a member's areas, and no children for roles that
 * do not see children's identities (a name search must not reveal that a child of that name exists).
 */
@RestController
class SearchController {

    private static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 10;

    private final Graph graph;
    private final Disclosure disclosure;
    private final AuditTrail audit;

    SearchController(Graph graph, Disclosure disclosure, AuditTrail audit) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    record Hit(String id, EntityKind kind, String label, double score) {
    }

    @GetMapping("/api/search")
    List<Hit> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidRequest("q", "is required");
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidRequest("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidRequest("limit", "must be between 1 and 100");
        }
        String text = q.strip();
        // Each word becomes a fuzzy term over every index; past a few the query costs more than it finds.
        if (text.split("\\s+").length > MAX_WORDS) {
            throw new InvalidRequest("q", "must be at most " + MAX_WORDS + " words");
        }
        Map<String, Object> exact = new HashMap<>();
        exact.put("phone", Identifiers.phone(text).orElse(null));
        exact.put("vrm", looksLikeMark(text) ? Identifiers.vrm(text).orElse(null) : null);
        exact.put("postcode", Postcodes.normalise(text));
        exact.put("handle", text.startsWith("@") && text.length() > 1 ? text.substring(1).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT));
        exact.put("limit", limit);
        String lucene = luceneQuery(text);
        Map<String, Hit> hits = new LinkedHashMap<>();
        graph.read(tx -> {
            tx.list("search/find-by-identifier", exact, r -> r).forEach(r -> add(hits, r, null));
            if (!lucene.isEmpty()) {
                tx.list("search/find-by-text", Map.of("query", lucene, "limit", limit * 2), r -> r).forEach(r -> add(hits, r, text));
            }
            return null;
        });
        audit.record("SEARCH", null);
        return hits.values().stream().limit(limit).toList();
    }

    /**
     * A hit the reader may see: a node with a fact in the reader's view, never a child for a reader who may not see
     * children's identities (a name search must not reveal that a child of that name exists), and, for a text
     * search, only when the words match what the reader's own sources recorded, not another area's alias.
     */
    private void add(Map<String, Hit> hits, Record r, String words) {
        NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
        if (hits.containsKey(node.id()) || !disclosure.inScope(node)
                || disclosure.isChild(node) && !disclosure.seesChildIdentity()) {
            return;
        }
        boolean whole = disclosure.whollyInView(node);
        if (words != null && !whole
                && !VisibleText.matches(words, disclosure.showProperties(node, NodeSummary.visibleProperties(r.get("properties").asMap())))) {
            return;
        }
        // The full-text score weighs every name the node has; for a node only partly in view that would tell how
        // well the words match what another area recorded, so such a hit scores a flat 1.
        double score = whole ? Math.round(r.get("score").asDouble() * 1000) / 1000.0 : 1.0;
        hits.put(node.id(), new Hit(node.id(), node.kind(), disclosure.show(node).label(), score));
    }

    /** A mark has letters and digits, at most eight of them once spaces are gone. */
    private static boolean looksLikeMark(String text) {
        String compact = text.replaceAll("[\\s-]", "");
        return compact.length() <= 8 && compact.matches(".*[A-Za-z].*") && compact.matches(".*\\d.*");
    }

    /**
     * The words as a Lucene query: every special character escaped, words of four letters or more fuzzy, shorter
     * ones as prefixes, so "Marrek" finds "Marek" and "Pro" finds "Promenade".
     */
    static String luceneQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            terms.add(word.length() >= 4 ? word + "~" : word + "*");
        }
        return String.join(" ", terms);
    }
}
