package org.linkmap.service.architecture;

import java.util.regex.Pattern;

/**
 * Whether a piece of text reads as a Cypher statement: it opens as a statement does (a procedure call such as
 * {@code CALL db.awaitIndexes(}, {@code UNWIND $rows AS}, a MATCH, MERGE or CREATE with a pattern, SHOW INDEXES,
 * CREATE or DROP of an index or constraint, LOAD CSV), or anywhere holds a reading or writing clause followed by a
 * node pattern such as {@code MATCH (n:Person)}. Keywords must be in capitals, as the
 * project writes Cypher, so prose ("match the incidents", "create a submission") never counts.
 */
final class CypherText {

    private static final Pattern OPENS_A_STATEMENT = Pattern.compile("^\\s*(CALL\\s+[a-z]\\w*(\\.\\w+)+\\s*\\("
            + "|UNWIND\\s+\\$?\\w+\\s+AS\\b|(OPTIONAL MATCH|MATCH|MERGE|CREATE)\\s*\\(|SHOW\\s+(INDEXES|CONSTRAINTS)\\b"
            + "|(CREATE|DROP)\\s+(INDEX|CONSTRAINT)\\b|LOAD CSV\\b)");
    private static final Pattern CLAUSE_AND_PATTERN = Pattern.compile("\\b(MATCH|MERGE|CREATE)\\s*\\(\\w*(:\\w+)?[\\s)\\{]");

    private CypherText() {
    }

    static boolean looksLikeCypher(String text) {
        return OPENS_A_STATEMENT.matcher(text).find() || CLAUSE_AND_PATTERN.matcher(text).find();
    }
}
