// The search index, to be created again from the schema files (see find-outdated-indexes).
DROP INDEX entity_search IF EXISTS
