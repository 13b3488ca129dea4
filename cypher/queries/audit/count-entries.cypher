// How many audit entries match the same filter as list-entries.
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.user = $user) AND ($entityId IS NULL OR e.entityId = $entityId)
RETURN count(e) AS total
