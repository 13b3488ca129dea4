// Clears a place's concern flag.
MATCH (l:Location {id: $id})
REMOVE l.concernReason, l.concernBy, l.concernAt
RETURN l.id AS id
