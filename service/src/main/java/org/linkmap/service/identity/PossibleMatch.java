package org.linkmap.service.identity;

import java.util.List;

import org.linkmap.service.access.NodeSummary;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Another record that may be the same person, with the score and the reasons in words. */
public record PossibleMatch(String id, String label, double score, List<String> reasons, @JsonIgnore NodeSummary candidate) {
}
