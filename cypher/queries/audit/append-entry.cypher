// One audit entry, chained to the one before by its hash. Entries are never updated or deleted.
MATCH (h:AuditHead {name: 'audit'})
CREATE (e:AuditEntry {
  id: $id, sequence: $sequence, version: $version, at: $at, user: $user, action: $action, entityId: $entityId,
  query: $query, remoteAddress: $remoteAddress, purpose: $purpose,
  previousHash: $previousHash, hash: $hash
})
SET h.sequence = $sequence, h.lastHash = $hash
