// A page of the audit trail, newest first, optionally for one user or one entity.
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.user = $user) AND ($entityId IS NULL OR e.entityId = $entityId)
RETURN e.sequence AS sequence, e.version AS version, e.at AS at, e.user AS user, e.action AS action, e.entityId AS entityId,
       e.query AS query, e.remoteAddress AS remoteAddress, e.purpose AS purpose,
       e.hash AS hash, e.previousHash AS previousHash
ORDER BY e.sequence DESC
SKIP $offset
LIMIT $limit
