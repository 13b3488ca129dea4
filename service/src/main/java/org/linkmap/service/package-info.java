/**
 * The Linkmap service: a Spring Boot application packaged by capability. Each top-level package below this one is a
 * capability (ingest, imports, entity, identity, search, network, hotspot, area, vocabulary, access, audit, security,
 * neo4j, web, demo) whose public types at its top level are what the others may use; the boundary test holds this.
 */
package org.linkmap.service;
