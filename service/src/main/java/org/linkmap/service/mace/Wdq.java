package org.linkmap.service.mace;

/**
 * The Weighted Displacement Quotient of Bowers and Johnson (2003), "Measuring the geographical displacement and
 * diffusion of benefit effects of crime prevention activity", Journal of Quantitative Criminology 19(3):
 *
 * <pre>WDQ = (Ba/Bb − Ca/Cb) / (Aa/Ab − Ca/Cb)</pre>
 *
 * where A is the target area, B the surrounding buffer, C the control area, and a and b the counts after and
 * before the intervention in equal periods. The denominator is the success measure: below zero, the target
 * improved relative to the control. A positive WDQ is a diffusion of benefit into the buffer, a negative one
 * displacement into it; below −1 displacement outweighs the direct benefit. The quotient is undefined when any
 * before count is zero or the success measure is zero.
 */
final class Wdq {

    private Wdq() {
    }

    /** The success measure {@code Aa/Ab − Ca/Cb}, or {@code null} when a before count is zero. */
    static Double success(long targetBefore, long targetAfter, long controlBefore, long controlAfter) {
        if (targetBefore == 0 || controlBefore == 0) {
            return null;
        }
        return (double) targetAfter / targetBefore - (double) controlAfter / controlBefore;
    }

    /** The quotient, or {@code null} where it is undefined. */
    static Double of(long targetBefore, long targetAfter, long bufferBefore, long bufferAfter,
                     long controlBefore, long controlAfter) {
        Double success = success(targetBefore, targetAfter, controlBefore, controlAfter);
        if (success == null || success == 0 || bufferBefore == 0) {
            return null;
        }
        double buffer = (double) bufferAfter / bufferBefore - (double) controlAfter / controlBefore;
        return buffer / success;
    }

    /** What the figures mean, in the words of Bowers and Johnson's reading of the quotient. */
    static String interpretation(Double success, Double wdq) {
        if (success == null) {
            return "Not measurable: no incidents in the target or control area before the disruption.";
        }
        if (success >= 0) {
            return "No success: the target area did not improve relative to the control area, so displacement is not measured.";
        }
        if (wdq == null) {
            return "The target area improved relative to the control; no incidents in the buffer before, so displacement is not measured.";
        }
        if (wdq > 1) {
            return "Diffusion of benefit greater than the direct effect: the buffer improved more than the target.";
        }
        if (wdq > 0) {
            return "Diffusion of benefit: the buffer improved too.";
        }
        if (wdq == 0) {
            return "No displacement and no diffusion.";
        }
        if (wdq >= -1) {
            return "Some displacement into the buffer, less than the direct benefit: a net improvement.";
        }
        return "Displacement greater than the direct benefit: activity moved next door.";
    }
}
