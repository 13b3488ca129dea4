package org.linkmap.service.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Called before a read's data leaves the service, so a read that could not be
 * recorded is not answered. Appends take the write lock on the chain's head and so run one at a time; each
 * entry's hash is keyed with the {@link AuditKey}.
 */
@Component
public class AuditTrail {

    /** Header (or query parameter {@code purpose}) in which a user may state why they look. */
    public static final String PURPOSE_HEADER = "X-Purpose";
    private static final int MAX_PURPOSE = 500;
    private static final int MAX_QUERY = 2_000;
    private static final int MAX_NAME = 200;

    private final Graph graph;
    private final Clock clock;
    private final AuditKey key;
    private final RecordedText recordedText;
    /** Where this service last left the chain's head; another instance or a rolled-back write may have moved it. */
    private final AtomicReference<Head> lastLeft = new AtomicReference<>();

    AuditTrail(Graph graph, Clock clock, AuditKey key, org.springframework.beans.factory.ObjectProvider<RecordedText> recordedText) {
        this.graph = graph;
        this.clock = clock;
        this.key = key;
        this.recordedText = recordedText.getIfAvailable(() -> text -> text);
    }

    /**
     * Records that the current user did {@code action} (for example {@code READ_ENTITY}) to {@code entityId},
     * with the request's query string and stated purpose.
     */
    public void record(String action, String entityId) {
        recordAll(action, java.util.Collections.singletonList(entityId));
    }

    /**
     * As {@link #record(String, String)}, one entry for each entity, all appended in one transaction: a request
     * about many entities (a path's two ends, an analysis of fifty) commits once rather than once per entity.
     */
    public void recordAll(String action, java.util.Collection<String> entityIds) {
        Pending pending = pending(CurrentUser.nameOrSystem(), action, new java.util.ArrayList<>(entityIds), recordedQuery());
        graph.write(tx -> append(tx, pending));
    }

    /**
     * As {@link #record(String, String)}, appended inside {@code tx}, the write whose change it records: the change
     * and its entry commit together or not at all, with one commit. Call it last in the transaction, since from then
     * on the transaction holds the chain's head until it commits.
     */
    public void recordWithin(Graph.Tx tx, String action, String entityId) {
        append(tx, pending(CurrentUser.nameOrSystem(), action, java.util.Collections.singletonList(entityId), recordedQuery()));
    }

    /**
     * Records something that happened to a sign-in under {@code attemptedName} (which may not be an account),
     * before anyone is signed in; {@code detail} takes the place of the query.
     */
    public void recordSignIn(String attemptedName, String action, String detail) {
        HttpServletRequest request = currentRequest();
        String where = request == null ? "" : request.getRequestURI() + " ";
        Pending pending = pending(truncate(attemptedName == null ? "" : attemptedName, MAX_NAME), action,
                java.util.Collections.singletonList(null), truncate(where + detail, MAX_QUERY));
        graph.write(tx -> append(tx, pending));
    }

    /** An entry's contents, taken from the request on its own thread before the write. */
    private record Pending(String user, String action, java.util.List<String> entityIds, String query, String remote,
                           String purpose, OffsetDateTime at) {
    }

    private String recordedQuery() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : truncate(request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + recordedText.redact(decoded(request.getQueryString()))), MAX_QUERY);
    }

    private Pending pending(String user, String action, java.util.List<String> entityIds, String query) {
        HttpServletRequest request = currentRequest();
        return new Pending(user, action, entityIds, query, request == null ? null : request.getRemoteAddr(),
                request == null ? null : recordedText.redact(purpose(request)),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Appends after the head this service last left, checked under the head's lock; when the head has moved since
     * (or on the first append), locks and reads it, then appends after it with the same statement.
     */
    private String append(Graph.Tx tx, Pending pending) {
        Head seen = lastLeft.get();
        if (seen != null && !pending.entityIds().isEmpty()) {
            java.util.List<Map<String, Object>> entries = entries(pending, seen);
            if (appendAfter(tx, pending, seen, entries)) {
                return leftAt(entries);
            }
        }
        Head head = tx.optional("audit/lock-head", Map.of("genesisHash", AuditEntry.GENESIS, "at", pending.at()),
                r -> new Head(r.get("sequence").asLong(), r.get("lastHash").asString())).orElseThrow();
        java.util.List<Map<String, Object>> entries = entries(pending, head);
        if (entries.isEmpty()) {
            return head.lastHash();
        }
        if (!appendAfter(tx, pending, head, entries)) {
            throw new IllegalStateException("The audit chain's head moved while this transaction held its lock");
        }
        return leftAt(entries);
    }

    /** Appends {@code entries} if the chain's head is still {@code head}; whether it was. */
    private boolean appendAfter(Graph.Tx tx, Pending pending, Head head, java.util.List<Map<String, Object>> entries) {
        Map<String, Object> parameters = Map.of("at", pending.at(), "sequence", head.sequence(),
                "lastHash", head.lastHash(), "entries", entries);
        return tx.optional("audit/append-after", parameters, r -> r.get("appended").asLong()).orElse(0L) > 0;
    }

    /** The entries of {@code pending}, one for each entity, chained on from {@code head}. */
    private java.util.List<Map<String, Object>> entries(Pending pending, Head head) {
        long sequence = head.sequence();
        String lastHash = head.lastHash();
        java.util.List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (String entityId : pending.entityIds()) {
            AuditEntry entry = new AuditEntry(++sequence, AuditEntry.KEYED, pending.at(), pending.user(), pending.action(), entityId,
                    pending.query(), pending.remote(), pending.purpose(), null, lastHash).withHash(key);
            Map<String, Object> p = new HashMap<>();
            p.put("id", UUID.randomUUID().toString());
            p.put("sequence", entry.sequence());
            p.put("version", entry.version());
            p.put("at", entry.at());
            p.put("user", entry.user());
            p.put("action", entry.action());
            p.put("entityId", entry.entityId());
            p.put("query", entry.query());
            p.put("remoteAddress", entry.remoteAddress());
            p.put("purpose", entry.purpose());
            p.put("previousHash", entry.previousHash());
            p.put("hash", entry.hash());
            entries.add(p);
            lastHash = entry.hash();
        }
        return entries;
    }

    /** Notes the last of {@code entries} as where the head now is, before the commit: a guess, checked next time. */
    private String leftAt(java.util.List<Map<String, Object>> entries) {
        Map<String, Object> last = entries.get(entries.size() - 1);
        lastLeft.set(new Head((Long) last.get("sequence"), (String) last.get("hash")));
        return (String) last.get("hash");
    }

    private record Head(long sequence, String lastHash) {
    }

    private static String purpose(HttpServletRequest request) {
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose == null) {
            purpose = request.getParameter("purpose");
        }
        return purpose == null || purpose.isBlank() ? null : truncate(purpose.strip(), MAX_PURPOSE);
    }

    /** The query as typed, so that what identifies a child is recognised however the browser encoded it. */
    private static String decoded(String query) {
        try {
            return java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
