/**
 * Benchmarks and the tools behind them: a deterministic data generator on real Lancashire geography, the
 * plain-driver intake ceiling, an HTTP load driver for a running service, and JMH benchmarks of the geo
 * algorithms. Run from the commands in docs/benchmarks.md; the build only compiles them.
 */
package org.linkmap.bench;
