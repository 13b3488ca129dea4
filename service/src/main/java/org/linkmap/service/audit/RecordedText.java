package org.linkmap.service.audit;

/**
 * Takes out of a text what the audit trail must not hold in clear (children's names in a recorded search,
 * for one). Supplied by the need-to-know policy; the trail records text unchanged when none is.
 */
public interface RecordedText {

    String redact(String text);
}
