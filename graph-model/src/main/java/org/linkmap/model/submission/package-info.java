/**
 * The submission format of the HTTP contract: the request as received ({@code *Request} records, every
 * field as loose as JSON allows), its validation into typed drafts, and the normalisation of identifiers.
 */
package org.linkmap.model.submission;
