/**
 * Test fixtures shared by the test packages of this module: COINr's ASEM example
 * ({@link org.divide.metrics.testdata.AsemFixture}) loaded from the test resources under
 * {@code /coinr}.
 */
package org.divide.metrics.testdata;
