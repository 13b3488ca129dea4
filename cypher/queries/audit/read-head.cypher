// The head of the audit chain: the last sequence number and hash written.
MATCH (h:AuditHead {name: 'audit'})
RETURN h.sequence AS sequence, h.lastHash AS lastHash
