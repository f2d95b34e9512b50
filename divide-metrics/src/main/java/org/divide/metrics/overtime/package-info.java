/**
 * A composite index over time: one index spec built for every year of a panel in one call
 * ({@link org.divide.metrics.overtime.IndexOverTime}), as COINr builds a purse — the normalisation
 * global (all years pooled, so that scores compare over time) or per year, optional imputation of
 * each economy's series across years first ({@link org.divide.metrics.overtime.PanelFill}, COINr's
 * {@code impute_panel}) — and the result ({@link org.divide.metrics.overtime.IndexSeries}): scores,
 * ranks and tiers of every node per year, the changes of rank and tier between years, and σ- and
 * β-convergence of the index and its pillars on a balanced set of economies, computed by the
 * {@code dynamics} package.
 */
package org.divide.metrics.overtime;
