package org.linkmap.service.access;

import org.linkmap.service.audit.RecordedText;
import org.springframework.stereotype.Component;

/** The audit trail records what was asked for with children's names, dates of birth and identifiers taken out. */
@Component
class AuditedText implements RecordedText {

    private final ChildIdentities children;

    AuditedText(ChildIdentities children) {
        this.children = children;
    }

    @Override
    public String redact(String text) {
        return children.redact(text);
    }
}
