// Takes the write lock of each listed forum ("KIND|AREA") for the rest of the transaction, so that requests
// creating one forum's meetings at the same moment run one after the other and each sees the meetings the one
// before it made. Keys come sorted, so two transactions never wait on each other's locks in turn.
UNWIND $keys AS key
MERGE (f:Forum {key: key})
SET f.lockedAt = $at
