// The hash of one entry of the audit chain, to compare with a checkpoint.
MATCH (e:AuditEntry {sequence: $sequence})
RETURN e.hash AS hash
