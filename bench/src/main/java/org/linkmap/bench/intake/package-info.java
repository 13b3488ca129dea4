/** The plain-driver intake ceiling: the same submissions written with bare UNWIND statements, no service in between. */
package org.linkmap.bench.intake;
