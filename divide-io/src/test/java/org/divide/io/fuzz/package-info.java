/**
 * The fuzz tests of divide-io (Jazzer {@code @FuzzTest}s, one per class so that {@code -Pfuzz} fuzzes
 * each in a JVM of its own): every reader, configured and through {@link org.divide.io.PanelReader}'s
 * detection, and the index spec parsers. Their seeds are in the resource folder of this package;
 * {@code docs/fuzzing.md} says how to run them and what counts as a finding.
 */
package org.divide.io.fuzz;
