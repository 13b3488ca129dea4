// A location, network or organisation. The label comes from the EntityKind enum, never from input.
CREATE (n:Entity {id: $newId})
SET n:$($label)
SET n += $props,
    n.point = CASE WHEN $longitude IS NULL THEN null ELSE point({longitude: $longitude, latitude: $latitude}) END,
    n.geocodedFrom = $geocodedFrom,
    n.nameKey = toLower(trim($props.name))
RETURN n.id AS id
