/**
 * Test-only: the slf4j provider of divide-io's tests, which keeps what the library logs so that
 * tests can check it and prints nothing. A package of its own, which the module does not export.
 */
package org.divide.io.testlog;
