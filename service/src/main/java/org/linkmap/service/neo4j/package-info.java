/**
 * The graph store: the embedded Neo4j default, the driver every query goes through, the named Cypher
 * files and the schema applied at start-up.
 */
package org.linkmap.service.neo4j;
