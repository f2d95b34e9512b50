/**
 * The example composite index of the embedded default data, "AI foundations": an illustration of
 * the composite pipeline with four pillars in the structure of the IMF's AI Preparedness Index,
 * built from open data. It is not the IMF's index and does not reproduce it.
 */
package org.divide.examples.index;
