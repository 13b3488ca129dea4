/** JMH benchmarks of the geo module's hotspot algorithms on a year of real Lancashire crime points. */
package org.linkmap.bench.geo;
