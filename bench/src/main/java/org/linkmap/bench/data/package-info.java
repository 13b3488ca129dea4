/** The generator of fictional people, phones, vehicles, networks and incidents on real police.uk points. */
package org.linkmap.bench.data;
