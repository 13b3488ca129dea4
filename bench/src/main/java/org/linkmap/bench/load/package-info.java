/** An HTTP load driver for a running Linkmap: intake throughput and read latency at several concurrencies, and a long mixed run. */
package org.linkmap.bench.load;
