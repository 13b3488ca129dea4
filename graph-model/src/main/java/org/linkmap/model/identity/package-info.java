/**
 * Proposed identity: whether two person records may be the same person, with a score and the reasons a
 * person can weigh, as an analyst's match card shows them. Nothing here merges; a person confirms.
 */
package org.linkmap.model.identity;
