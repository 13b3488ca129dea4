/**
 * Files that only the service's own account may read or write: the audit key and checkpoints, the embedded
 * database's password.
 */
package org.linkmap.service.secrets;
