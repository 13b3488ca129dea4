// What identifies the set of incidents held: how many (from the count store) and the newest and oldest by
// time (from the range index). Incidents are never changed once written, so when these three are as before the
// incidents are too, and the map's in-memory index of their points stands.
CALL () { MATCH (i:Incident) RETURN count(i) AS count }
CALL () { MATCH (i:Incident) WHERE i.occurredAt IS NOT NULL RETURN i.id AS newest ORDER BY i.occurredAt DESC LIMIT 1 }
CALL () { MATCH (i:Incident) WHERE i.occurredAt IS NOT NULL RETURN i.id AS oldest ORDER BY i.occurredAt ASC LIMIT 1 }
RETURN count, newest, oldest
