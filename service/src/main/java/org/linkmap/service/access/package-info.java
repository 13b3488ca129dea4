/**
 * Need to know: what the current reader may see of every node, link and text, decided in one place and
 * applied wherever data leaves the service.
 */
package org.linkmap.service.access;
