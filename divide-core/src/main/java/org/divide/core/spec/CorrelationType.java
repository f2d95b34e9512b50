package org.divide.core.spec;

/** The correlation coefficient used by data-driven weights and the audit. */
public enum CorrelationType {
    /** Pearson's product-moment correlation. */
    PEARSON,
    /** Spearman's rank correlation (Pearson's of the average ranks). */
    SPEARMAN
}
