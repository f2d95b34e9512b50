/**
 * The short text summary of the divide that {@code divide} prints with no arguments: coverage and
 * population-weighted means by World Bank income group per indicator.
 */
package org.divide.examples.summary;
