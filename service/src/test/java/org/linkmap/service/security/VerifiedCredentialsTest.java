package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(60), clock);

    @Test
    void remembersOnlyTheExactUserPasswordAndStoredHash() {
        verified.remember("analyst", "right", "{bcrypt}hash-1");

        assertThat(verified.verifiedRecently("analyst", "right", "{bcrypt}hash-1")).isTrue();
        assertThat(verified.verifiedRecently("analyst", "wrong", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.verifiedRecently("mace", "right", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.verifiedRecently("analyst", "right", "{bcrypt}hash-2")).as("password changed").isFalse();
    }

    @Test
    void aChangedPasswordDropsTheEntry() {
        verified.remember("analyst", "right", "{bcrypt}hash-1");

        assertThat(verified.verifiedRecently("analyst", "right", "{bcrypt}hash-2")).isFalse();
        assertThat(verified.verifiedRecently("analyst", "right", "{bcrypt}hash-1")).as("gone, not just skipped").isFalse();
    }

    @Test
    void forgetsAfterTheTimeToLive() {
        verified.remember("analyst", "right", "h");
        clock.advance(Duration.ofSeconds(59));
        assertThat(verified.verifiedRecently("analyst", "right", "h")).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.verifiedRecently("analyst", "right", "h")).isFalse();
        assertThat(verified.size()).isZero();
    }

    @Test
    void forgetDropsEveryPasswordOfThatUserOnly() {
        verified.remember("analyst", "one", "h");
        verified.remember("analyst", "two", "h");
        verified.remember("mace", "one", "h");

        verified.forget("analyst");

        assertThat(verified.verifiedRecently("analyst", "one", "h")).isFalse();
        assertThat(verified.verifiedRecently("analyst", "two", "h")).isFalse();
        assertThat(verified.verifiedRecently("mace", "one", "h")).isTrue();
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, clock);
        off.remember("analyst", "right", "h");

        assertThat(off.verifiedRecently("analyst", "right", "h")).isFalse();
        assertThat(off.size()).isZero();
    }

    @Test
    void staysBoundedWhenFull() {
        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            verified.remember("user" + i, "p", "h");
        }
        assertThat(verified.size()).isEqualTo(1);
        assertThat(verified.verifiedRecently("user" + VerifiedCredentials.MAX_ENTRIES, "p", "h")).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
