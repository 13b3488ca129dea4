package org.linkmap.service.identity;

import java.util.List;

/** Another record that may be the same person, with the score and the reasons in words. */
public record PossibleMatch(String id, String label, double score, List<String> reasons) {
}
