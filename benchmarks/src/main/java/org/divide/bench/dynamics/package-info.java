/** JMH benchmarks of {@code org.divide.metrics.dynamics}: σ- and β-convergence and Fisher–Jenks breaks at country-data size. */
package org.divide.bench.dynamics;
