/** The network around an entity, hop by hop, bounded so that a well-connected node cannot flood a view. */
package org.linkmap.service.network;
