package org.linkmap.service.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in failures slow further attempts ({@code linkmap.security.login.*}). Nothing is ever locked:
 * past a number of free failures each further failure doubles the wait before the next attempt is checked,
 * from {@code firstDelay} up to {@code maxDelay}.
 *
 * @param freeFailures        failures for one user name from one client address before waits begin
 * @param addressFreeFailures failures from one address, whatever the names, before that address waits
 *                            (names it has signed in with recently are spared)
 * @param nameFreeFailures    failures for one name, from any address, before addresses that have not
 *                            signed in with it recently wait (a guess spread over many machines)
 * @param firstDelay          the first wait; each further failure doubles it
 * @param maxDelay            the longest wait
 * @param trustedFor          how long a successful sign-in spares its address and name the address and name waits
 * @param maxTracked          most addresses, names and pairs tracked in each table (memory stays bounded)
 */
@ConfigurationProperties("linkmap.security.login")
record LoginThrottleProperties(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("100") int nameFreeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("30d") Duration trustedFor,
        @DefaultValue("100000") int maxTracked) {
}
