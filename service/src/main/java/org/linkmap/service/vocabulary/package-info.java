/**
 * The closed word lists of the submission format (incident types, location types, roles...), served to the
 * pages so no page repeats them.
 */
package org.linkmap.service.vocabulary;
