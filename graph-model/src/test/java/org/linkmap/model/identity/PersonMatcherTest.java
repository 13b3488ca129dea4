package org.linkmap.model.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    private static final PersonRecord MAREK = new PersonRecord("a", "Marek Fictional", List.of("Maz"), null, 1994, "M", List.of());

    @Test
    void proposesASpellingVariantThatSharesAPhoneAndAnAlias() {
        PersonRecord marrek = new PersonRecord("b", "Marrek Fictionall", List.of("Maz"), null, null, null, List.of("phone +447700900123"));

        PersonMatcher.Match match = PersonMatcher.compare(MAREK, marrek).orElseThrow();

        assertThat(match.score()).isGreaterThan(0.8);
        assertThat(match.reasons()).anyMatch(r -> r.contains("shares phone +447700900123"))
                .anyMatch(r -> r.contains("alias: both known as 'Maz'"))
                .anyMatch(r -> r.startsWith("names:"))
                .anyMatch(r -> r.contains("date of birth: on one record only"));
    }

    @Test
    void neverProposesOnANameAlone() {
        PersonRecord sameName = new PersonRecord("b", "Marek Fictional", List.of(), null, null, null, List.of());

        assertThat(PersonMatcher.compare(MAREK, sameName)).isEmpty();
    }

    @Test
    void doesNotProposeWhenTheDatesOfBirthDisagree() {
        PersonRecord a = new PersonRecord("a", "Amber Testchild", List.of(), LocalDate.of(2011, 5, 4), null, "F", List.of());
        PersonRecord b = new PersonRecord("b", "Amber Testchild", List.of(), LocalDate.of(2009, 1, 2), null, "F", List.of("address 1 Example Road"));

        assertThat(PersonMatcher.compare(a, b)).isEmpty();
    }

    @Test
    void doesNotProposeDifferentNamesThatShareAPhone() {
        PersonRecord other = new PersonRecord("b", "Dean Placeholder", List.of(), null, 1994, "M", List.of("phone +447700900123"));

        assertThat(PersonMatcher.compare(MAREK, other)).isEmpty();
    }

    @Test
    void givesNamesThatSoundAlikeTheSameBlockingKeys() {
        assertThat(NameKeys.of("Marek Fictional", List.of())).containsAnyElementsOf(NameKeys.of("Marrek Fictionall", List.of()));
        assertThat(NameKeys.of("Marek Fictional", List.of())).doesNotContainAnyElementsOf(NameKeys.of("Dean Placeholder", List.of()));
    }
}
