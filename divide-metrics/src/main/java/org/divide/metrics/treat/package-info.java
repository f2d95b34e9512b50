/**
 * Outlier treatment of indicator columns as COINr 1.1.14 does it: the skewness/kurtosis check
 * (sample skewness G1 and excess kurtosis G2), winsorisation of up to a given number of points
 * toward the skewed side, and a fallback transform (COINr's log variants, Box-Cox) when
 * winsorisation is not enough, with a report of every treated point.
 *
 * <p>Reference: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.4;
 * COINr documentation, "Outlier treatment" vignette; Joanes &amp; Gill (1998), "Comparing measures
 * of sample skewness and kurtosis", doi:10.1111/1467-9884.00122.
 */
package org.divide.metrics.treat;
