package org.linkmap.service.ingest;

import org.linkmap.model.EntityKind;
import org.linkmap.model.submission.Submission.EntityDraft;

/**
 * What one ref of a submission stands for: known at once for a node named by id ({@code draft} null), resolved
 * to an id while the batch is written otherwise.
 */
final class PlannedNode {

    final EntityDraft draft;
    final EntityKind kind;
    final Geocoding.Point point;
    String id;

    PlannedNode(EntityDraft draft, EntityKind kind, Geocoding.Point point, String id) {
        this.draft = draft;
        this.kind = kind;
        this.point = point;
        this.id = id;
    }

    /** A node this batch describes (not one named by id) of the given kind. */
    boolean isFresh(EntityKind wanted) {
        return draft != null && kind == wanted;
    }
}
