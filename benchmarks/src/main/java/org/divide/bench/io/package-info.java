/**
 * Benchmarks of divide-io: reading published formats into panels.
 */
package org.divide.bench.io;
