// A secret the service keeps in the database so that every instance shares it: made once, never changed.
MERGE (k:Secret {name: $name})
  ON CREATE SET k.value = $candidate
RETURN k.value AS value
