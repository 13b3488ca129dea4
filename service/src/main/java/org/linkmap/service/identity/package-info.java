/**
 * Identity of people across agencies: possible matches with their reasons, and merges that a person confirms,
 * can undo, or rejects so the pair is not proposed again.
 */
package org.linkmap.service.identity;
