// A status change or a note on a tasking, kept in its history. The tasking is locked (its updatedAt set) before
// anything is read, so two updates at once are judged one after the other. Written only when `permitted` (an
// agency, $agency true, neither cancels a tasking nor takes it out of CANCELLED) and the history holds fewer than
// $maxUpdates entries; the caller refuses the others, which rolls the lock's write back.
MATCH (t:Tasking {id: $id})
SET t.updatedAt = $at
WITH t, t.status AS was, COUNT { (t)-[:HAS_UPDATE]->(:TaskingUpdate) } AS held
WITH t, was, held, ($status IS NULL OR $status = was OR NOT $agency OR NOT 'CANCELLED' IN [$status, was]) AS permitted
FOREACH (_ IN CASE WHEN permitted AND held < $maxUpdates THEN [1] ELSE [] END |
  SET t.status = coalesce($status, was)
  CREATE (t)-[:HAS_UPDATE]->(:TaskingUpdate {at: $at, by: $by, status: coalesce($status, was), note: $note}))
RETURN t.id AS id, permitted, held
