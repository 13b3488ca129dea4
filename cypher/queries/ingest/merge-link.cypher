// One asserted link. The type comes from the LinkType enum. Asserting a link again adds a source
// and never a second relationship; the strongest grading among its sources is kept, and the handling
// code is C as soon as any source attaches conditions, whose conditions travel with the link.
MATCH (s:Submission {id: $submissionId})
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MERGE (a)-[r:$($type)]->(b)
  ON CREATE SET r.id = $newId, r.sources = [], r.agencies = [], r.firstReported = s.submittedAt, r.lastReported = s.submittedAt
WITH s, r, (r.source IS NULL OR s.source < r.source OR (s.source = r.source AND s.intelligence < r.intelligence)) AS stronger
SET r.sources = CASE WHEN s.id IN r.sources THEN r.sources ELSE r.sources + s.id END,
    r.agencies = CASE WHEN s.agency IN r.agencies THEN r.agencies ELSE r.agencies + s.agency END,
    r.firstReported = CASE WHEN s.submittedAt < r.firstReported THEN s.submittedAt ELSE r.firstReported END,
    r.lastReported = CASE WHEN s.submittedAt > r.lastReported THEN s.submittedAt ELSE r.lastReported END,
    r.source = CASE WHEN stronger THEN s.source ELSE r.source END,
    r.intelligence = CASE WHEN stronger THEN s.intelligence ELSE r.intelligence END,
    r.handling = CASE WHEN r.handling = 'C' OR s.handling = 'C' THEN 'C' ELSE 'P' END,
    r.conditions = CASE WHEN s.handling <> 'C' OR s.conditions IN coalesce(r.conditions, []) THEN r.conditions
                        ELSE coalesce(r.conditions, []) + s.conditions END,
    r.role = coalesce($role, r.role),
    r.kind = coalesce($kind, r.kind)
RETURN r.id AS id
