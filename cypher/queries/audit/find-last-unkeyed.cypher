// The last entry written before the chain was keyed (entries without a version), if any.
MATCH (e:AuditEntry)
WHERE e.version IS NULL
RETURN max(e.sequence) AS sequence
