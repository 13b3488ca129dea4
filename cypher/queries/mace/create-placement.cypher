// A child placed in an area by another (home) authority, and the notification the home authority is sent.
MATCH (c:Child {id: $childId})
CREATE (pl:Placement {id: $id, homeAuthority: $homeAuthority, area: $area, from: $from, to: $to,
                      recordedBy: $by, notifiedAt: $at,
                      notificationStatus: CASE WHEN $to IS NULL THEN 'OPEN' ELSE 'CLOSED' END,
                      closedAt: CASE WHEN $to IS NULL THEN null ELSE $at END})
CREATE (pl)-[:PLACEMENT_OF]->(c)
RETURN pl.id AS id
