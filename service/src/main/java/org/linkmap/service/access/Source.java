package org.linkmap.service.access;

import java.util.List;

/**
 * The scope of one submission, the root of every fact it asserts: the agency that sent it, the area of the
 * forum it was made to (null when it went to no forum) and the areas of its case (the forum's and those its
 * places and incidents lie in).
 */
public record Source(String id, String agency, String forumArea, List<String> areas, String grading, String conditions) {

    public Source {
        areas = List.copyOf(areas);
    }

    public Source(String id, String agency, String forumArea, List<String> areas) {
        this(id, agency, forumArea, areas, null, null);
    }

    /**
     * The strongest grading among these sources ("2B P": the more reliable source first, then the more direct
     * assessment), C as soon as one of them shares with conditions; {@code null} when none is graded.
     */
    static String strongest(List<Source> sources) {
        List<String> gradings = sources.stream().map(Source::grading).filter(java.util.Objects::nonNull).sorted().toList();
        if (gradings.isEmpty()) {
            return null;
        }
        boolean conditional = gradings.stream().anyMatch(g -> g.endsWith("C"));
        return gradings.get(0).substring(0, gradings.get(0).length() - 1) + (conditional ? "C" : "P");
    }

    /** The conditions of the C-graded sources, each with its agency. */
    static List<String> conditions(List<Source> sources) {
        return sources.stream().filter(s -> s.grading() != null && s.grading().endsWith("C"))
                .map(s -> s.agency() + ": " + (s.conditions() == null ? "ask the originating agency before sharing further" : s.conditions()))
                .distinct().sorted().toList();
    }

    /** The distinct agencies among the sources. */
    static java.util.Set<String> agencies(List<Source> sources) {
        java.util.Set<String> agencies = new java.util.TreeSet<>();
        sources.stream().map(Source::agency).filter(java.util.Objects::nonNull).forEach(agencies::add);
        return agencies;
    }
}
