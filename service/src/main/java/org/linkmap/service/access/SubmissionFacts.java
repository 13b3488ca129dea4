package org.linkmap.service.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.neo4j.ReadOnce;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each submission said about each node, read from the submission as received and its receipt: the
 * facts a reader is shown when only some of a node's sources are in the reader's view. A submission never
 * changes once written, so what it said is kept once read (bounded; starts again when full).
 */
@Component
class SubmissionFacts {

    /** What one submission said: its entities and incidents by the node id each became, and its grading. */
    record Said(String submissionId, String submittedAt, Map<String, JsonNode> byNode, JsonNode grading) {
    }

    private final Graph graph;
    private final ObjectMapper json;
    private final ReadOnce<Said> read = new ReadOnce<>(20_000);

    SubmissionFacts(Graph graph, ObjectMapper json) {
        this.graph = graph;
        this.json = json;
    }

    /** What these submissions said, oldest first. */
    List<Said> of(List<String> submissionIds) {
        List<Said> found = new ArrayList<>(read.of(submissionIds, missing -> graph.read(tx -> tx.list("access/find-submission-facts",
                Map.of("ids", missing), r -> parse(r.get("id").asString(),
                        r.get("submittedAt").isNull() ? "" : r.get("submittedAt").asZonedDateTime().toString(),
                        r.get("body").asString(null), r.get("receipt").asString(null))))
                .stream().collect(Collectors.toMap(Said::submissionId, said -> said))).values());
        found.sort(Comparator.comparing(Said::submittedAt).thenComparing(Said::submissionId));
        return found;
    }

    /** Those of these submissions that only name the node by its id ({@code {ref, id}}), saying nothing of it. */
    Set<String> namingOnly(String nodeId, List<String> submissionIds) {
        Set<String> naming = new java.util.HashSet<>();
        for (Said said : of(submissionIds)) {
            JsonNode fields = said.byNode().get(nodeId);
            if (fields != null && fields.has("id")) {
                naming.add(said.submissionId());
            }
        }
        return naming;
    }

    private Said parse(String id, String submittedAt, String body, String receipt) {
        Map<String, JsonNode> byNode = new HashMap<>();
        if (body == null || receipt == null) {
            return new Said(id, submittedAt, byNode, null);
        }
        try {
            JsonNode submission = json.readTree(body);
            JsonNode ids = json.readTree(receipt);
            index(submission.path("entities"), ids.path("entities"), byNode);
            index(submission.path("incidents"), ids.path("incidents"), byNode);
            return new Said(id, submittedAt, byNode, submission.path("grading"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is not JSON", e);
        }
    }

    private static void index(JsonNode items, JsonNode idsByRef, Map<String, JsonNode> byNode) {
        for (JsonNode item : items) {
            JsonNode nodeId = idsByRef.path(item.path("ref").asText());
            if (nodeId.isTextual()) {
                byNode.putIfAbsent(nodeId.asText(), item);
            }
        }
    }
}
