// A run of the chain in order, for verification.
MATCH (e:AuditEntry)
WHERE e.sequence > $after
RETURN e.sequence AS sequence, e.version AS version, e.at AS at, e.user AS user, e.action AS action, e.entityId AS entityId,
       e.query AS query, e.remoteAddress AS remoteAddress, e.purpose AS purpose,
       e.hash AS hash, e.previousHash AS previousHash
ORDER BY e.sequence
LIMIT $limit
