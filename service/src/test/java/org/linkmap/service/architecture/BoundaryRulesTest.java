package org.linkmap.service.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The boundary test's own rules can fail: each detects what it is there to detect, and no more. */
class BoundaryRulesTest {

    @Test
    void shouldTakeEveryLiteralAndTextBlockButNoCommentOrCharacter() {
        String source = """
                class X {
                    // "not this"
                    /* nor "this" */
                    char q = '"';
                    String a = "one \\" two";
                    String b = \"""
                        MATCH (n) RETURN n
                        \""";
                }
                """;

        assertThat(JavaStringLiterals.of(source)).containsExactly("one \\\" two", "\n        MATCH (n) RETURN n\n        ");
    }

    @Test
    void shouldRecogniseCypherStatements() {
        assertThat(CypherText.looksLikeCypher("MATCH (n:Person) RETURN n")).isTrue();
        assertThat(CypherText.looksLikeCypher("  CALL db.awaitIndexes($seconds)")).isTrue();
        assertThat(CypherText.looksLikeCypher("UNWIND $rows AS row MERGE (p:Phone {number: row.key})")).isTrue();
        assertThat(CypherText.looksLikeCypher("the query: MERGE (s:Submission {key: $key})")).isTrue();
    }

    @Test
    void shouldNotTakeProseOrMessagesForCypher() {
        assertThat(CypherText.looksLikeCypher("match the incidents to a hotspot")).isFalse();
        assertThat(CypherText.looksLikeCypher("merge-links stored 3 of 4 links: a link type has no MERGE branch")).isFalse();
        assertThat(CypherText.looksLikeCypher("ingest/create-incidents")).isFalse();
        assertThat(CypherText.looksLikeCypher("CREATE is not allowed here")).isFalse();
    }

    @Test
    void shouldNameTheCapabilityOfAPackage() {
        assertThat(BoundaryTest.capabilityOf("org.linkmap.service.ingest")).isEqualTo("ingest");
        assertThat(BoundaryTest.capabilityOf("org.linkmap.service.mace.agenda")).isEqualTo("mace");
        assertThat(BoundaryTest.capabilityOf("org.linkmap.service")).isNull();
        assertThat(BoundaryTest.capabilityOf("org.linkmap.geo.cluster")).isNull();
    }
}
