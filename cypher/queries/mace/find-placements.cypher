// Placements in an area (the child placed there by a home authority) that overlap a period, with the child
// and the notification sent to the home authority.
MATCH (pl:Placement)-[:PLACEMENT_OF]->(c:Person)
WHERE ($id IS NULL OR pl.id = $id)
  AND ($area IS NULL OR pl.area = $area)
  AND ($areas IS NULL OR pl.area IN $areas)
  AND ($until IS NULL OR pl.from <= $until)
  AND ($since IS NULL OR pl.to IS NULL OR pl.to >= $since)
RETURN pl.id AS id, pl.homeAuthority AS homeAuthority, pl.area AS area, pl.from AS from, pl.to AS to,
       pl.notificationStatus AS notificationStatus, pl.notifiedAt AS notifiedAt, pl.closedAt AS closedAt,
       pl.recordedBy AS recordedBy,
       c.id AS childId, labels(c) AS childLabels, properties(c) AS childProperties
ORDER BY pl.from, pl.id
