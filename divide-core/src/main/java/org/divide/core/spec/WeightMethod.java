package org.divide.core.spec;

/** Where the weights of {@link Weights} come from. */
public enum WeightMethod {
    /** The framework's weights (COINr's {@code iMeta} {@code Weight}), with the step's explicit entries over them. */
    EXPLICIT,
    /** Weight 1 for every node at the step's level (all levels for level 0). */
    EQUAL,
    /**
     * From the first principal component of each parent's children (scores of the data set fed to
     * the aggregation, correlation matrix, complete rows): the squared loadings, which sum to 1
     * within each group (OECD/JRC Handbook 2008, §6.1, weights from factor loadings).
     */
    PCA,
    /**
     * As {@link #PCA} but the loadings themselves, sign-fixed so that they sum to a positive number
     * (COINr's {@code get_PCA} weights); a negative loading is an error, as weights are not negative.
     */
    PCA_LOADINGS,
    /**
     * Optimised so that the correlation of each node at the level with the index meets the
     * targets (equal influence by default), minimising {@code ln(Σ(t_n − r_n)²/n)} with targets
     * and correlations each scaled to sum 1 (COINr's {@code get_opt_weights}, {@code optype =
     * "balance"}).
     */
    OPTIMISED,
    /** Optimised to maximise the sum of the correlations with the index (COINr's {@code optype = "infomax"}). */
    MAX_INFORMATION
}
