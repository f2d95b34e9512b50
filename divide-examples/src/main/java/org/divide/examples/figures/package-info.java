/**
 * Runnable examples, one per figure of the {@code divide report}: each {@code main} loads the
 * embedded default data, computes its figure with the public library API (the calls a researcher
 * would copy) and prints the numbers as a plain table. Run one with
 * {@code java -cp divide-examples/target/divide.jar org.divide.examples.figures.LorenzCurves}.
 */
package org.divide.examples.figures;
