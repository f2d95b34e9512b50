/**
 * JMH benchmarks of the divide modules, one sub-package per measured area, and the inputs they
 * share: {@link org.divide.bench.AsemExample}, COINr's ASEM example loaded from the benchmark
 * resources. Benchmarks are never deployed.
 */
package org.divide.bench;
