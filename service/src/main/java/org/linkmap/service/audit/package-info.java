/**
 * The audit trail: who read or changed what, when, from where and why, appended to a hash chain in the
 * graph that shows any later edit or deletion.
 */
package org.linkmap.service.audit;
