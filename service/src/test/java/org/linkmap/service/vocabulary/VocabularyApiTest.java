package org.linkmap.service.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

/** The pages take the submission format's word lists from {@code GET /api/vocabulary}. */
@HarnessTest
class VocabularyApiTest extends ApiTestSupport {

    @Test
    void shouldListIncidentTypesAndEveryOtherWordListInDeclarationOrder() {
        LinkmapClient.Reply reply = client.get("/api/vocabulary", "mace");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(texts(reply, "incidentTypes")).containsExactly(
                "CONCERN", "SIGHTING", "MISSING_EPISODE", "FOUND", "DISCLOSURE", "ASSAULT", "ARREST", "INTELLIGENCE");
        assertThat(texts(reply, "forumKinds")).containsExactly("MACE", "OPERATIONAL_GROUP", "DIRECT");
        assertThat(texts(reply, "linkTypes")).startsWith("ASSOCIATES_WITH", "EXPLOITS").endsWith("OCCURRED_AT");
        assertThat(texts(reply, "entityKinds")).startsWith("PERSON").endsWith("INCIDENT");
        assertThat(reply.body().fieldNames()).toIterable().containsExactly("associationKinds", "entityKinds", "forumKinds", "genders",
                "hazards", "incidentTypes", "involvementRoles", "linkTypes", "locationTypes", "membershipRoles", "networkTypes",
                "orgTypes", "personRoles", "riskLevels");
    }

    private static List<String> texts(LinkmapClient.Reply reply, String list) {
        List<String> words = new ArrayList<>();
        reply.body().get(list).forEach(word -> words.add(word.asText()));
        return words;
    }
}
