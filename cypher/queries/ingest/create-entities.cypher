// New locations, networks and organisations. Each label comes from the EntityKind enum, never from input.
CYPHER replan=skip
UNWIND $entities AS row
CREATE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props,
    n.point = CASE WHEN row.longitude IS NULL THEN null ELSE point({longitude: row.longitude, latitude: row.latitude}) END,
    n.geocodedFrom = row.geocodedFrom,
    n.nameKey = row.nameKey
