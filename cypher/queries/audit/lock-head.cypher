// Takes the write lock on the head of the audit chain, so appends are strictly one after another,
// and returns the sequence and hash the next entry follows.
MERGE (h:AuditHead {name: 'audit'})
  ON CREATE SET h.sequence = 0, h.lastHash = $genesisHash
SET h.lockedAt = $at
RETURN h.sequence AS sequence, h.lastHash AS lastHash
