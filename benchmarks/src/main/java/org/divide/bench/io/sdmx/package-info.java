/**
 * JMH benchmarks of {@code org.divide.io.sdmx}: streaming SDMX-ML data messages into a panel.
 * Results are quoted in {@code docs/performance-io-sdmx.md}.
 */
package org.divide.bench.io.sdmx;
