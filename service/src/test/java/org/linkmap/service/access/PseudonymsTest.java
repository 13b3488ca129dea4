package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY = "a fixed key for the derivation test".getBytes(StandardCharsets.UTF_8);

    @Test
    void givesEachOfAHundredThousandChildrenTheirOwnStablePseudonym() {
        Pseudonyms pseudonyms = new Pseudonyms(KEY);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = UUID.nameUUIDFromBytes(("child-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            String pseudonym = pseudonyms.of(id);
            assertThat(pseudonym).matches("Child [0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            assertThat(seen.add(pseudonym)).as("pseudonym of child %d is unique", i).isTrue();
        }
        assertThat(new Pseudonyms(KEY).of("c1")).isEqualTo(pseudonyms.of("c1"));
    }

    @Test
    void dependsOnTheKeySoAnIdAloneDoesNotGiveThePseudonym() {
        assertThat(new Pseudonyms("another key".getBytes(StandardCharsets.UTF_8)).of("c1")).isNotEqualTo(new Pseudonyms(KEY).of("c1"));
    }
}
