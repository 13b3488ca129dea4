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
}
