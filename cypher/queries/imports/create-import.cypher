// A bulk import, recorded as it starts so that its progress can be followed from any instance.
CREATE (i:Import {
  id: $id, state: 'RUNNING', format: $format, startedBy: $startedBy, instance: $instance, startedAt: datetime(), updatedAt: datetime(),
  processed: 0, accepted: 0, duplicates: 0, rejected: 0, errorLines: [], errorMessages: [], errorsOmitted: 0
})
