// A secret the service keeps in the database, if it has been made.
MATCH (k:Secret {name: $name})
RETURN k.value AS value
