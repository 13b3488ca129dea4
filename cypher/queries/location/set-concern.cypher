// Flags a place as a location of concern (Contextual Safeguarding), saying why, who and when. Setting it
// again replaces the reason; the audit trail keeps every change.
MATCH (l:Location {id: $id})
SET l.concernReason = $reason, l.concernBy = $user, l.concernAt = $at
RETURN l.concernReason AS reason, l.concernBy AS by, l.concernAt AS at
