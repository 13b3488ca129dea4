// A status change or a note on a tasking, kept in its history; no row when the history already holds
// $maxUpdates entries. The tasking is locked (its updatedAt set) before its history is counted, so two updates
// at once count one after the other.
MATCH (t:Tasking {id: $id})
SET t.updatedAt = $at
WITH t, COUNT { (t)-[:HAS_UPDATE]->(:TaskingUpdate) } AS held
WHERE held < $maxUpdates
SET t.status = coalesce($status, t.status)
CREATE (t)-[:HAS_UPDATE]->(:TaskingUpdate {at: $at, by: $by, status: t.status, note: $note})
RETURN t.id AS id
