// The entries of one request, appended only if the head of the chain is still where this service last left it
// (the usual case: one statement, where locking and reading the head first takes two). The head's write lock is
// taken before its sequence and hash are compared, so the comparison sees the latest commit. Returns 0 when the
// head has moved (another instance appended, or the last append was rolled back): the caller then locks and
// reads the head, and appends after it with this same statement.
MATCH (h:AuditHead {name: 'audit'})
SET h.lockedAt = $at
WITH h
WHERE h.sequence = $sequence AND h.lastHash = $lastHash
SET h.sequence = $entries[-1].sequence, h.lastHash = $entries[-1].hash
WITH h
UNWIND $entries AS e
CREATE (:AuditEntry {
  id: e.id, sequence: e.sequence, version: e.version, at: e.at, user: e.user, action: e.action, entityId: e.entityId,
  query: e.query, remoteAddress: e.remoteAddress, purpose: e.purpose,
  previousHash: e.previousHash, hash: e.hash
})
RETURN count(*) AS appended
