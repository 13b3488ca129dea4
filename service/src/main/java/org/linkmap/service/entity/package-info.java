/**
 * Entities as users read them: one node with its properties, every link with its provenance (sources,
 * agencies, grading), and the label a person recognises it by.
 */
package org.linkmap.service.entity;
