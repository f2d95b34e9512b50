/**
 * The embedded default dataset: World Bank WDI and Our World in Data indicators bundled as resources
 * (with their attribution in {@code NOTICE}) and loaded into one {@link org.divide.core.Panel}.
 */
package org.divide.examples.data;
