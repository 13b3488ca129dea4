package org.linkmap.service.access;

/** Small submissions for need-to-know tests: one police submission with the parts a test names. */
final class TestSubmissions {

    private TestSubmissions() {
    }

    /** A submission to a MACE forum of {@code forumArea} (none when null) with these entities, links and incidents. */
    static String submission(String ref, String forumArea, String entities, String links, String incidents, String narrative) {
        String forum = forumArea == null ? "" : "\"forum\":{\"kind\":\"MACE\",\"area\":\"" + forumArea + "\",\"meetingDate\":\"2026-11-20\"},";
        return """
                {"submissionRef":"%s","agency":"LANCASHIRE_POLICE","submittedBy":"DC Example","submittedAt":"2026-11-04T09:00:00Z",%s
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":[%s],"links":[%s],"incidents":[%s],"narrative":"%s"}""".formatted(ref, forum, entities, links, incidents, narrative);
    }
}
