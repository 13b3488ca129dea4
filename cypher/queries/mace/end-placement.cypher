// The placement ends: the home authority's notification is closed.
MATCH (pl:Placement {id: $id})
SET pl.to = $to, pl.notificationStatus = 'CLOSED', pl.closedAt = $at, pl.closedBy = $by
RETURN pl.id AS id
