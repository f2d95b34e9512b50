/**
 * Imputation of missing values ({@code NaN}): by column (mean, median, group mean, group median),
 * by row across a set of indicators (normalised first, imputed, transformed back), along a time
 * series (last observation carried forward, constant and linear interpolation), and any
 * user-supplied {@link org.divide.metrics.impute.Imputer}. Each method fills only missing cells
 * and reports how many it filled. These are COINr 1.1.14's {@code i_*} functions,
 * {@code Impute(impute_by = "row")} and {@code impute_panel}.
 *
 * <p>Reference: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.3.
 */
package org.divide.metrics.impute;
