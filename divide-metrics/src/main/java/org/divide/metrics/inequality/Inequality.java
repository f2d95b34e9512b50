package org.divide.metrics.inequality;

/**
 * Inequality measures of a distribution of values x over units with weights w (population or
 * sampling weights), with the default conventions. Every method has an unweighted overload; in
 * the weighted ones {@code w} may be {@code null} for unweighted data. The two-argument methods
 * are {@link WeightedMeasure}s ({@code WeightedMeasure m = Inequality::gini;}).
 *
 * <p>This class is a thin facade: each measure method delegates to the {@link Measure} factory
 * of the same name and parameters with the default options ({@code Inequality.gini(x, w)} is
 * {@code Measure.gini().compute(x, w)}, {@code Inequality.kolm(x, w, kappa)} is
 * {@code Measure.kolm(kappa).compute(x, w)}), whose type each method links to; the Lorenz curve,
 * the concentration index and the Lorenz asymmetry have no measure type. For other options, the
 * counts of dropped values ({@link Measure#evaluate}) or subgroup decomposition
 * ({@link Decomposable#decompose}) use the measure objects.
 *
 * <h2>Conventions</h2>
 * Notation: W = Σw, p_i = w_i/W, μ = Σ p_i x_i, T = Σ w_i x_i. All measures are invariant to the
 * order of the data and to the scale of the weights (except Herfindahl and Rosenbluth, which
 * count units and treat weights as frequencies); weights equal to frequencies give the value of
 * the replicated data. Sums are compensated (Neumaier). Arrays are never modified.
 * <ul>
 *   <li>Weighted Gini = ΣΣ w_i w_j |x_i − x_j| / (2W²μ) (laeken, dineq, reldist, IC2, Stata);</li>
 *   <li>Theil T keeps zeros in μ with 0·ln 0 = 0 (PySAL; the limit); MLD, GE(α ≤ 0),
 *       Atkinson(ε ≥ 1) and the variance of logs reject zeros, and the GE family (GE(2) excepted,
 *       which like the CV and the Gini accepts any values with a positive mean, as ineq and
 *       Stata's ineqdec0) and Atkinson reject negatives, unless a {@link NonPositivePolicy} says
 *       otherwise; {@link Measure#domain()} gives each measure's {@link Domain};</li>
 *   <li>every result is finite and correct at any magnitude of the values and weights, from the
 *       smallest normal double to the largest: values and weights are rescaled by exact powers of
 *       two when a sum would overflow or underflow;</li>
 *   <li>GE(2) = CV²/2 with the population variance; the CV uses the population σ;</li>
 *   <li>Palma and S80/S20 come from the linearly interpolated population-weighted Lorenz curve.</li>
 * </ul>
 *
 * <h2>Degenerate data and bad input</h2>
 * <ul>
 *   <li>Constant data: exactly 0 for every inequality and polarisation index; the ratio of the
 *       group sizes for share ratios (1 for S80/S20, 0.25 for Palma); 1/n for Herfindahl and
 *       Rosenbluth; 1 for the Lorenz asymmetry.</li>
 *   <li>Mean μ ≤ 0 (all zeros, for instance): {@code NaN} for the relative measures.</li>
 *   <li>One observation: 0, or {@code NaN} with a small-sample correction (n/(n − 1) = ∞).</li>
 *   <li>{@link IllegalArgumentException}, naming argument, index and value: {@code null} or
 *       empty x; lengths that differ; a weight that is negative, {@code NaN} or infinite
 *       ({@code "w[17] is negative: -3.0"}); all weights zero; an infinite value; {@code NaN}
 *       values under {@link NaNPolicy#REJECT}; values outside the domain of a measure under
 *       {@link NonPositivePolicy#REJECT} ({@code "x[4] is zero (MLD requires x > 0)"}); no
 *       observation left after the policies; parameters out of range.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * Sum-based measures: O(n), one validating pass plus one pass, chunked and run on the common
 * fork-join pool for long arrays (results do not depend on the number of threads). Gini: the
 * values are distributed into buckets of their IEEE-754 bits, and each bucket is radix-sorted and
 * summed while it is in the cache (O(n); scratch: one {@code long} array of n, two when weighted;
 * parallel, with results that do not depend on the number of threads). Lorenz-curve measures,
 * Wolfson and the concentration index: one radix sort of the IEEE-754 bits (O(n), two
 * {@code long} arrays of scratch) and one pass. No boxing.
 *
 * <p>References: those of each measure type ({@link Gini}, {@link GeneralizedEntropy},
 * {@link Atkinson}, {@link Kolm}, {@link Hoover}, {@link QuantileShareRatio}, {@link Wolfson}, ...);
 * for the concentration index N. Kakwani, A. Wagstaff and E. van Doorslaer (1997), J.
 * Econometrics 77(1), 87–103, doi:10.1016/S0304-4076(96)01807-6; for the Lorenz asymmetry
 * C. Damgaard and J. Weiner (2000), Ecology 81(4), 1139–1142,
 * doi:10.1890/0012-9658(2000)081[1139:DIIPSO]2.0.CO;2.
 */
public final class Inequality {

    private static final InequalityOptions DEFAULTS = InequalityOptions.withDefaults();

    private Inequality() {
    }

    /**
     * Gini coefficient G = ΣΣ w_i w_j |x_i − x_j| / (2W²μ). See {@link Gini}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return G
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double gini(double[] x, double[] w) {
        return Measure.gini().compute(x, w);
    }

    /**
     * Unweighted form of {@link #gini(double[], double[])}.
     *
     * @param x the values; not modified
     * @return G
     */
    public static double gini(double[] x) {
        return gini(x, null);
    }

    /**
     * Theil T = GE(1) = Σ p_i (x_i/μ) ln(x_i/μ); x ≥ 0. See {@link GeneralizedEntropy}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return T
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double theilT(double[] x, double[] w) {
        return Measure.theilT().compute(x, w);
    }

    /**
     * Unweighted form of {@link #theilT(double[], double[])}.
     *
     * @param x the values; not modified
     * @return T
     */
    public static double theilT(double[] x) {
        return theilT(x, null);
    }

    /**
     * Theil L, the mean log deviation GE(0) = Σ p_i ln(μ/x_i); x &gt; 0. See {@link GeneralizedEntropy}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return L
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double theilL(double[] x, double[] w) {
        return Measure.theilL().compute(x, w);
    }

    /**
     * Unweighted form of {@link #theilL(double[], double[])}.
     *
     * @param x the values; not modified
     * @return L
     */
    public static double theilL(double[] x) {
        return theilL(x, null);
    }

    /**
     * Generalised entropy GE(α) = [Σ p_i (x_i/μ)^α − 1]/(α(α − 1)). See {@link GeneralizedEntropy}.
     *
     * @param x     the values; not modified
     * @param w     the weights or {@code null}; not modified
     * @param alpha the parameter α, finite
     * @return GE(α)
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double generalizedEntropy(double[] x, double[] w, double alpha) {
        return Measure.generalizedEntropy(alpha).compute(x, w);
    }

    /**
     * Unweighted form of {@link #generalizedEntropy(double[], double[], double)}.
     *
     * @param x     the values; not modified
     * @param alpha the parameter α, finite
     * @return GE(α)
     */
    public static double generalizedEntropy(double[] x, double alpha) {
        return generalizedEntropy(x, null, alpha);
    }

    /**
     * Atkinson index A(ε) = 1 − [Σ p_i (x_i/μ)^{1−ε}]^{1/(1−ε)} (ε ≠ 1), 1 − exp(−MLD) (ε = 1).
     * See {@link Atkinson}.
     *
     * @param x       the values; not modified
     * @param w       the weights or {@code null}; not modified
     * @param epsilon the inequality aversion ε, finite
     * @return A(ε)
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double atkinson(double[] x, double[] w, double epsilon) {
        return Measure.atkinson(epsilon).compute(x, w);
    }

    /**
     * Unweighted form of {@link #atkinson(double[], double[], double)}.
     *
     * @param x       the values; not modified
     * @param epsilon the inequality aversion ε, finite
     * @return A(ε)
     */
    public static double atkinson(double[] x, double epsilon) {
        return atkinson(x, null, epsilon);
    }

    /**
     * Equally distributed equivalent μ(1 − A(ε)), in the units of x.
     * See {@link EquallyDistributedEquivalent}.
     *
     * @param x       the values; not modified
     * @param w       the weights or {@code null}; not modified
     * @param epsilon the inequality aversion ε, finite
     * @return the EDE
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double equallyDistributedEquivalent(double[] x, double[] w, double epsilon) {
        return Measure.equallyDistributedEquivalent(epsilon).compute(x, w);
    }

    /**
     * Unweighted form of {@link #equallyDistributedEquivalent(double[], double[], double)}.
     *
     * @param x       the values; not modified
     * @param epsilon the inequality aversion ε, finite
     * @return the EDE
     */
    public static double equallyDistributedEquivalent(double[] x, double epsilon) {
        return equallyDistributedEquivalent(x, null, epsilon);
    }

    /**
     * Coefficient of variation σ/μ with the population σ. See {@link CoefficientOfVariation}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the CV
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double coefficientOfVariation(double[] x, double[] w) {
        return Measure.coefficientOfVariation().compute(x, w);
    }

    /**
     * Unweighted form of {@link #coefficientOfVariation(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the CV
     */
    public static double coefficientOfVariation(double[] x) {
        return coefficientOfVariation(x, null);
    }

    /**
     * Variance of logarithms Σ p_i (ln x_i − m)², m = Σ p_i ln x_i; x &gt; 0. See {@link VarianceOfLogs}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the variance of logs
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double varianceOfLogs(double[] x, double[] w) {
        return Measure.varianceOfLogs().compute(x, w);
    }

    /**
     * Unweighted form of {@link #varianceOfLogs(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the variance of logs
     */
    public static double varianceOfLogs(double[] x) {
        return varianceOfLogs(x, null);
    }

    /**
     * Hoover index Σ w_i |x_i − μ|/(2Wμ). See {@link Hoover}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the Hoover index
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double hoover(double[] x, double[] w) {
        return Measure.hoover().compute(x, w);
    }

    /**
     * Unweighted form of {@link #hoover(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the Hoover index
     */
    public static double hoover(double[] x) {
        return hoover(x, null);
    }

    /**
     * Kolm index K(κ) = (1/κ) ln Σ p_i e^{κ(μ − x_i)}, in the units of x. See {@link Kolm}.
     *
     * @param x     the values; not modified
     * @param w     the weights or {@code null}; not modified
     * @param kappa the parameter κ, finite and {@code > 0}
     * @return K(κ)
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double kolm(double[] x, double[] w, double kappa) {
        return Measure.kolm(kappa).compute(x, w);
    }

    /**
     * Unweighted form of {@link #kolm(double[], double[], double)}.
     *
     * @param x     the values; not modified
     * @param kappa the parameter κ, finite and {@code > 0}
     * @return K(κ)
     */
    public static double kolm(double[] x, double kappa) {
        return kolm(x, null, kappa);
    }

    /**
     * Palma ratio (1 − L(0.9))/L(0.4) on the interpolated Lorenz curve. See {@link QuantileShareRatio}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the Palma ratio
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double palma(double[] x, double[] w) {
        return Measure.palma().compute(x, w);
    }

    /**
     * Unweighted form of {@link #palma(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the Palma ratio
     */
    public static double palma(double[] x) {
        return palma(x, null);
    }

    /**
     * Share ratio (1 − L(1 − top))/L(bottom): S80/S20 is {@code (x, w, 0.2, 0.2)}.
     * See {@link QuantileShareRatio}.
     *
     * @param x           the values; not modified
     * @param w           the weights or {@code null}; not modified
     * @param bottomShare the population share of the bottom group, in (0, 1)
     * @param topShare    the population share of the top group, in (0, 1), bottom + top ≤ 1
     * @return the ratio
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double quantileShareRatio(double[] x, double[] w, double bottomShare, double topShare) {
        return Measure.quantileShareRatio(bottomShare, topShare).compute(x, w);
    }

    /**
     * Unweighted form of {@link #quantileShareRatio(double[], double[], double, double)}.
     *
     * @param x           the values; not modified
     * @param bottomShare the population share of the bottom group, in (0, 1)
     * @param topShare    the population share of the top group, in (0, 1), bottom + top ≤ 1
     * @return the ratio
     */
    public static double quantileShareRatio(double[] x, double bottomShare, double topShare) {
        return quantileShareRatio(x, null, bottomShare, topShare);
    }

    /**
     * Herfindahl index Σ w_i (x_i/T)², weights as frequencies; x ≥ 0. See {@link Herfindahl}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the index
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double herfindahl(double[] x, double[] w) {
        return Measure.herfindahl().compute(x, w);
    }

    /**
     * Unweighted form of {@link #herfindahl(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the index
     */
    public static double herfindahl(double[] x) {
        return herfindahl(x, null);
    }

    /**
     * Rosenbluth index 1/(n(1 − G)), weights as frequencies; x ≥ 0. See {@link Rosenbluth}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the index
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double rosenbluth(double[] x, double[] w) {
        return Measure.rosenbluth().compute(x, w);
    }

    /**
     * Unweighted form of {@link #rosenbluth(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the index
     */
    public static double rosenbluth(double[] x) {
        return rosenbluth(x, null);
    }

    /**
     * Wolfson bipolarisation index P = 2(2T − G)·μ/m. See {@link Wolfson}.
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return P
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public static double wolfson(double[] x, double[] w) {
        return Measure.wolfson().compute(x, w);
    }

    /**
     * Unweighted form of {@link #wolfson(double[], double[])}.
     *
     * @param x the values; not modified
     * @return P
     */
    public static double wolfson(double[] x) {
        return wolfson(x, null);
    }

    /**
     * The Lorenz curve, one point per observation (R ineq {@code Lc(x, n = w)}).
     *
     * @param x the values; not modified
     * @param w the weights or {@code null}; not modified
     * @return the curve, with {@link LorenzCurve#share(double)} and the generalised curve
     * @throws IllegalArgumentException on invalid data
     */
    public static LorenzCurve lorenz(double[] x, double[] w) {
        return LorenzMeasures.curve(x, w, DEFAULTS);
    }

    /**
     * Unweighted Lorenz curve; see {@link #lorenz(double[], double[])}.
     *
     * @param x the values; not modified
     * @return the curve
     */
    public static LorenzCurve lorenz(double[] x) {
        return lorenz(x, null);
    }

    /**
     * Concentration index of x by the ranking of {@code rankBy}: the Gini formula with the units
     * ranked by rankBy, Σ w_i (2C̃_i − W)(x_i − μ)/(W²μ) (Kakwani, Wagstaff and van Doorslaer
     * 1997); tied ranks share their mean rank. In [−G, G]; {@code NaN} when μ ≤ 0.
     *
     * @param x      the values whose concentration is measured; not modified
     * @param rankBy the ranking variable (income, readiness score, ...); not modified
     * @param w      the weights or {@code null}; not modified
     * @return the concentration index
     * @throws IllegalArgumentException on invalid data (also for {@code NaN} or infinite ranks)
     */
    public static double concentrationIndex(double[] x, double[] rankBy, double[] w) {
        return ConcentrationIndex.estimate(x, rankBy, w, DEFAULTS).value();
    }

    /**
     * Unweighted concentration index; see {@link #concentrationIndex(double[], double[], double[])}.
     *
     * @param x      the values; not modified
     * @param rankBy the ranking variable; not modified
     * @return the concentration index
     */
    public static double concentrationIndex(double[] x, double[] rankBy) {
        return concentrationIndex(x, rankBy, null);
    }

    /**
     * Lorenz asymmetry coefficient S = F(μ) + L(μ) of Damgaard and Weiner (2000), as R ineq's
     * {@code Lasym(x)}: 1 for a symmetric Lorenz curve, &gt; 1 when inequality comes from the
     * top, &lt; 1 when it comes from the bottom. Unweighted only.
     *
     * @param x the values; not modified
     * @return S; {@code NaN} when μ ≤ 0
     * @throws IllegalArgumentException on invalid data
     */
    public static double lorenzAsymmetry(double[] x) {
        return LorenzMeasures.asymmetry(x, DEFAULTS).value();
    }
}
