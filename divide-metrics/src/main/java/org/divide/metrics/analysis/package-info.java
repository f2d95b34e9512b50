/**
 * The statistical audit of a composite index (OECD/JRC Handbook 2008, §1.4 and §5; COINr's
 * analysis functions): indicator statistics with flags
 * ({@link org.divide.metrics.analysis.IndicatorStatistics}); Pearson and Spearman correlations with
 * p-values, within and across levels ({@link org.divide.metrics.analysis.Correlations});
 * Cronbach's α ({@link org.divide.metrics.analysis.CronbachAlpha}); principal components
 * ({@link org.divide.metrics.analysis.PrincipalComponents}); the effect on ranks of removing each
 * component ({@link org.divide.metrics.analysis.ComponentRemoval}); and Copeland dominance pairs
 * ({@link org.divide.metrics.analysis.Dominance}).
 */
package org.divide.metrics.analysis;
