// Phones, vehicles and online accounts, each identified by its normalised key: a phone by its E.164 number, a
// vehicle by its registration mark, an account by platform and handle, case-insensitively. One row per distinct
// key of each kind, in the order given, so concurrent batches take the keys' locks in the same order. A vehicle's
// descriptive fields take the latest report that gives them.
CYPHER replan=skip
CALL () {
  UNWIND $phones AS row
  MERGE (n:Phone {number: row.key})
    ON CREATE SET n:Entity, n.id = row.newId
  RETURN 'PHONE' AS kind, row.key AS key, n.id AS id
  UNION ALL
  UNWIND $vehicles AS row
  MERGE (n:Vehicle {vrm: row.key})
    ON CREATE SET n:Entity, n.id = row.newId
  SET n.make = coalesce(row.make, n.make), n.model = coalesce(row.model, n.model), n.colour = coalesce(row.colour, n.colour)
  RETURN 'VEHICLE' AS kind, row.key AS key, n.id AS id
  UNION ALL
  UNWIND $accounts AS row
  MERGE (n:OnlineAccount {account: row.key})
    ON CREATE SET n:Entity, n.id = row.newId, n.platform = row.platform, n.handle = row.handle
  RETURN 'ONLINE_ACCOUNT' AS kind, row.key AS key, n.id AS id
}
RETURN kind, key, id
