// The audit entries of one request, in order, each chained to the one before by its hash; the head moves to the
// last. Entries are never updated or deleted.
MATCH (h:AuditHead {name: 'audit'})
SET h.sequence = $entries[-1].sequence, h.lastHash = $entries[-1].hash
WITH h
UNWIND $entries AS e
CREATE (:AuditEntry {
  id: e.id, sequence: e.sequence, version: e.version, at: e.at, user: e.user, action: e.action, entityId: e.entityId,
  query: e.query, remoteAddress: e.remoteAddress, purpose: e.purpose,
  previousHash: e.previousHash, hash: e.hash
})
