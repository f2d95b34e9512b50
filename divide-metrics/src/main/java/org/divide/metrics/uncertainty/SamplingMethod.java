package org.divide.metrics.uncertainty;

/**
 * How the unit draws u ∈ [0, 1)^s of an analysis are generated (s = d inputs for Monte Carlo, 2d
 * for the Sobol matrices A and B side by side). All points are generated up front, in order, from
 * the seed's design stream, so the design never depends on threads.
 *
 * <p>References: Sobol', I. M. (1967). On the distribution of points in a cube and the approximate
 * evaluation of integrals. USSR Comput. Math. Math. Phys. 7(4), 86–112.
 * doi:10.1016/0041-5553(67)90144-9; Joe, S. and Kuo, F. Y. (2008). Constructing Sobol sequences
 * with better two-dimensional projections. SIAM J. Sci. Comput. 30(5), 2635–2654.
 * doi:10.1137/070709359; Owen, A. B. (2020). On dropping the first Sobol' point.
 * arXiv:2008.08051; McKay, M. D., Beckman, R. J. and Conover, W. J. (1979). A comparison of three
 * methods for selecting values of input variables in the analysis of output from a computer code.
 * Technometrics 21(2), 239–245. doi:10.2307/1268522
 */
public enum SamplingMethod {

    /**
     * The Sobol sequence with Joe–Kuo direction numbers (commons-math3
     * {@code SobolSequenceGenerator}, 52-bit points k/2⁵², up to 1000 dimensions), with a seeded
     * random digital shift: every point's 52-bit coordinate j is XOR-ed with one random 52-bit
     * integer e_j drawn from the design stream. The shift keeps the net structure (and so the
     * low discrepancy) and makes each point uniform on the 2⁻⁵² grid of [0, 1)^s, so the estimators
     * are unbiased and independent replications are possible by changing the seed. It is a digital
     * shift, not Owen's nested uniform scrambling. Points 0 … N − 1 are used (the first point is
     * kept: after the shift it is no longer the origin; Owen 2020). The default; N a power of two
     * gives the best balance.
     */
    SCRAMBLED_SOBOL,

    /**
     * The plain Sobol sequence (as {@link #SCRAMBLED_SOBOL} without the shift), skipping the first
     * point, the origin, where inverse CDFs are infinite: points 1 … N (as Saltelli et al. 2010).
     * Deterministic: the seed does not change the design.
     */
    SOBOL,

    /**
     * Independent pseudo-random uniforms, row after row, from a {@link java.util.SplittableRandom}
     * on the design stream (COINr's design).
     */
    PSEUDO_RANDOM,

    /**
     * Latin hypercube sampling (McKay et al. 1979): for each coordinate an independent random
     * permutation π of the N strata and u_r = (π(r) + v_r) / N with v_r ~ U(0, 1), so each
     * coordinate has exactly one point in each interval [k/N, (k + 1)/N). The Sobol matrices A and B
     * are two independent hypercubes (their 2d coordinates are drawn independently).
     */
    LATIN_HYPERCUBE
}
