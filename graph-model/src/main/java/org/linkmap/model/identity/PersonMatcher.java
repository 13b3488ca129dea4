package org.linkmap.model.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores whether two person records may be one person, and says why, field by field: what agrees, what
 * disagrees and what one record lacks, as an analyst's match card shows.
 *
 * <p>The score (0 to 1) starts from half the best Jaro-Winkler similarity between any name or alias of one and
 * any of the other, then adds for a shared alias (0.2), a shared phone, vehicle, account or address (0.25 each,
 * at most 0.5), the same date of birth (0.3) or birth year (0.15, or 0.05 a year apart), the same gender
 * (0.05), and takes away for different dates of birth (0.4), birth years more than a year apart (0.3) or
 * different genders (0.4).
 *
 * <p>A match is proposed only when the names are alike (similarity at least 0.85, or a shared alias) and
 * something other than the name agrees, and the score reaches 0.5: a name alone never proposes a merge.
 *
 * <p>Stateless and thread-safe.
 */
public final class PersonMatcher {

    /** One proposed match: the other record, the score, and the reasons. */
    public record Match(String id, double score, List<String> reasons) {
    }

    static final double NAMES_ALIKE = 0.85;
    static final double PROPOSE = 0.5;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersonMatcher() {
    }

    public static Optional<Match> compare(PersonRecord a, PersonRecord b) {
        List<String> reasons = new ArrayList<>();
        double[] best = bestNames(a, b);
        double nameSimilarity = best[0];
        double score = 0.5 * nameSimilarity;
        reasons.add(String.format(Locale.ROOT, "names: '%s' and '%s' are %.0f%% alike (Jaro-Winkler)",
                allNames(a).get((int) best[1]), allNames(b).get((int) best[2]), 100 * nameSimilarity));
        sounds(a, b).ifPresent(reasons::add);
        int corroboration = 0;

        Optional<String> alias = sharedAlias(a, b);
        if (alias.isPresent()) {
            score += 0.2;
            corroboration++;
            reasons.add("alias: both known as '" + alias.get() + "'");
        }
        double sharedScore = 0;
        for (String link : b.shared()) {
            sharedScore += 0.25;
            corroboration++;
            reasons.add("shares " + link);
        }
        score += Math.min(0.5, sharedScore);

        double birth = birth(a, b, reasons);
        corroboration += birth > 0 ? 1 : 0;
        score += birth;
        score += gender(a, b, reasons);

        boolean namesAlike = nameSimilarity >= NAMES_ALIKE || alias.isPresent();
        double clamped = Math.max(0, Math.min(1, score));
        if (!namesAlike || corroboration == 0 || clamped < PROPOSE) {
            return Optional.empty();
        }
        return Optional.of(new Match(b.id(), Math.round(clamped * 1000) / 1000.0, List.copyOf(reasons)));
    }

    private static double birth(PersonRecord a, PersonRecord b, List<String> reasons) {
        if (a.dob() != null && b.dob() != null) {
            if (a.dob().equals(b.dob())) {
                reasons.add("date of birth: the same, " + a.dob());
                return 0.3;
            }
            reasons.add("date of birth: differs, " + a.dob() + " and " + b.dob());
            return -0.4;
        }
        Integer ya = a.birthYear();
        Integer yb = b.birthYear();
        if (ya == null || yb == null) {
            reasons.add("date of birth: " + (ya == null && yb == null ? "on neither record" : "on one record only"));
            return 0;
        }
        int apart = Math.abs(ya - yb);
        if (apart == 0) {
            reasons.add("birth year: the same, " + ya);
            return 0.15;
        }
        if (apart == 1) {
            reasons.add("birth year: a year apart, " + ya + " and " + yb);
            return 0.05;
        }
        reasons.add("birth year: differs, " + ya + " and " + yb);
        return -0.3;
    }

    private static double gender(PersonRecord a, PersonRecord b, List<String> reasons) {
        if (a.gender() == null || b.gender() == null) {
            reasons.add("gender: " + (a.gender() == null && b.gender() == null ? "on neither record" : "on one record only"));
            return 0;
        }
        if (a.gender().equals(b.gender())) {
            reasons.add("gender: the same, " + a.gender());
            return 0.05;
        }
        reasons.add("gender: differs, " + a.gender() + " and " + b.gender());
        return -0.4;
    }

    private static Optional<String> sounds(PersonRecord a, PersonRecord b) {
        List<String> pa = NameKeys.parts(a.name() == null ? "" : a.name());
        List<String> pb = NameKeys.parts(b.name() == null ? "" : b.name());
        if (pa.isEmpty() || pb.isEmpty()) {
            return Optional.empty();
        }
        String surnameA = pa.get(pa.size() - 1);
        String surnameB = pb.get(pb.size() - 1);
        if (!surnameA.equals(surnameB) && NameKeys.soundOf(surnameA).equals(NameKeys.soundOf(surnameB))) {
            return Optional.of("surnames sound alike: '" + surnameA + "' and '" + surnameB + "' (Double Metaphone " + NameKeys.soundOf(surnameA) + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> sharedAlias(PersonRecord a, PersonRecord b) {
        for (String x : a.aliases()) {
            for (String y : allNames(b)) {
                if (x.equalsIgnoreCase(y)) {
                    return Optional.of(x);
                }
            }
        }
        for (String y : b.aliases()) {
            if (a.name() != null && y.equalsIgnoreCase(a.name())) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** {@code [similarity, index in a's names, index in b's names]} of the most alike pair. */
    private static double[] bestNames(PersonRecord a, PersonRecord b) {
        List<String> na = allNames(a);
        List<String> nb = allNames(b);
        double[] best = {0, 0, 0};
        for (int i = 0; i < na.size(); i++) {
            for (int j = 0; j < nb.size(); j++) {
                double similarity = JARO_WINKLER.apply(na.get(i).toLowerCase(Locale.ROOT), nb.get(j).toLowerCase(Locale.ROOT));
                if (similarity > best[0]) {
                    best = new double[] {similarity, i, j};
                }
            }
        }
        return best;
    }

    private static List<String> allNames(PersonRecord record) {
        List<String> names = new ArrayList<>();
        names.add(record.name() == null ? "" : record.name());
        names.addAll(record.aliases());
        return names;
    }
}
