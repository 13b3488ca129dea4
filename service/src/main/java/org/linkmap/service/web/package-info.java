/**
 * What every endpoint shares: RFC 9457 problem details for every error (with the invalid fields named),
 * and the request size limit.
 */
package org.linkmap.service.web;
