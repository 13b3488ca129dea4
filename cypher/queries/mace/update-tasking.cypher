// A status change or a note on a tasking, kept in its history.
MATCH (t:Tasking {id: $id})
SET t.status = coalesce($status, t.status), t.updatedAt = $at
CREATE (t)-[:HAS_UPDATE]->(:TaskingUpdate {at: $at, by: $by, status: t.status, note: $note})
RETURN t.id AS id
