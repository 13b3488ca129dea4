package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Weighted Displacement Quotient on figures worked out by hand. */
class WdqTest {

    @Test
    void shouldMeasureDiffusionOfBenefitWhenTheBufferImprovesToo() {
        // Target 100 -> 50, buffer 80 -> 60, control 1000 -> 950.
        // Success: 50/100 - 950/1000 = -0.45. Buffer: 60/80 - 0.95 = -0.2. WDQ = -0.2 / -0.45 = 0.4444...
        assertThat(Wdq.success(100, 50, 1000, 950)).isCloseTo(-0.45, within(1e-12));
        assertThat(Wdq.of(100, 50, 80, 60, 1000, 950)).isCloseTo(4.0 / 9.0, within(1e-12));
        assertThat(Wdq.interpretation(-0.45, 4.0 / 9.0)).startsWith("Diffusion of benefit:");
    }

    @Test
    void shouldMeasureDisplacementGreaterThanTheDirectBenefit() {
        // Target 10 -> 8, buffer 10 -> 20, control 50 -> 50. Success -0.2; buffer +1.0; WDQ = 1.0 / -0.2 = -5.
        assertThat(Wdq.of(10, 8, 10, 20, 50, 50)).isCloseTo(-5.0, within(1e-12));
        assertThat(Wdq.interpretation(-0.2, -5.0)).startsWith("Displacement greater than the direct benefit");
    }

    @Test
    void shouldLeaveTheQuotientUndefinedWithoutBeforeCountsOrSuccess() {
        assertThat(Wdq.of(0, 5, 10, 10, 50, 50)).isNull();
        assertThat(Wdq.of(10, 5, 0, 10, 50, 50)).isNull();
        assertThat(Wdq.of(10, 5, 10, 10, 0, 50)).isNull();
        // Target 10 -> 10 and control 50 -> 50: success 0, no effect to share out.
        assertThat(Wdq.of(10, 10, 10, 12, 50, 50)).isNull();
        assertThat(Wdq.interpretation(0.0, null)).startsWith("No success");
    }
}
