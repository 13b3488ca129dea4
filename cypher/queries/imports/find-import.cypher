// One import's state and counts.
MATCH (i:Import {id: $id})
RETURN i.id AS id, i.state AS state, i.format AS format, i.startedBy AS startedBy, i.startedAt AS startedAt,
       i.updatedAt AS updatedAt, i.finishedAt AS finishedAt, i.processed AS processed, i.accepted AS accepted,
       i.duplicates AS duplicates, i.rejected AS rejected, i.errorLines AS errorLines, i.errorMessages AS errorMessages,
       i.errorsOmitted AS errorsOmitted, i.message AS message
