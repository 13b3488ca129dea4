// Indexes a database made by an earlier version holds with settings the schema files now give differently:
// the search index from before it was eventually consistent. Dropped at start and created again as now defined.
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = 'entity_search' AND options.indexConfig.`fulltext.eventually_consistent` <> true
RETURN name
