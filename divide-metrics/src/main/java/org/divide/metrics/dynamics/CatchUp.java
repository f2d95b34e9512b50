package org.divide.metrics.dynamics;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.numeric.SortedQuantiles;

/**
 * Catch-up horizons: how many years a series (an economy, a group's median) needs to reach a
 * target level at its own trend, and how many years a β-convergence path needs to close a share
 * of the gap.
 *
 * <p><b>Growth.</b> Over the observations y_t of a window (missing years skipped), the yearly rate g
 * is the CAGR (y_T / y_{t0})^{1/(T − t0)} − 1 between the first and the last observation, or
 * e^b − 1 with b the OLS slope of ln y on t (the log-linear fit, {@link GrowthMethod}). On an exact
 * exponential series y_t = c(1 + r)^t both give r.
 *
 * <p><b>Horizon.</b> From the last observed level y_T, with a target Y in year T that itself grows at
 * g_Y (0 for a fixed target), the series reaches it after
 * <pre>
 *   h = ln(Y / y_T) / (ln(1 + g) − ln(1 + g_Y))     when y_T &lt; Y and g &gt; g_Y,
 *   h = 0                                            when y_T ≥ Y (reached already),
 *   h = +∞ ("never at current trends")               when y_T &lt; Y and g ≤ g_Y,
 * </pre>
 * the solution of y_T (1 + g)^h = Y (1 + g_Y)^h. The states are explicit
 * ({@link CatchUpResult.State}); there is no {@code NaN} horizon.
 *
 * <p><b>Bootstrap.</b> The interval reflects the uncertainty of the trend, not of the level y_T or
 * of the target's growth, which are held fixed. For the fit: a residual bootstrap, ln y*_t =
 * â + b̂·t + e*_t with e* drawn with replacement from the fit's residuals, and b* the OLS slope of
 * the draw. For the CAGR: the n − 1 increments d_k = ln(y_k / y_{k−1}) between consecutive
 * observations (spans Δ_k, which are 1 without gaps) are drawn with replacement, and
 * g* = exp(Σ d* / Σ Δ*) − 1, which gives the CAGR back on the original increments. Each draw's
 * horizon h* (+∞ when it never reaches) enters the type-7 5 % and 95 % quantiles; the share of
 * never-reaching draws is reported. Draws come from one {@link SplittableRandom} seeded by the
 * caller, so a seed reproduces them exactly.
 *
 * <p><b>β-convergence path.</b> {@link BetaConvergence} reports the speed λ = −ln(1 + βT)/T (the
 * Barro and Sala-i-Martin convention, β = −(1 − e^{−λT})/T). Along that path the gap in logs
 * shrinks as e^{−λt}, so closing a share s of it takes −ln(1 − s)/λ years; s = ½ gives the
 * half-life ln 2 / λ that {@link BetaConvergenceResult#halfLife()} reports.
 *
 * <p>This is trend extrapolation, not a forecast. Cost O(n) for the point estimate, O(B·n) for B draws.
 */
public final class CatchUp {

    private static final double LOWER = 0.05;
    private static final double UPPER = 0.95;

    private CatchUp() {
    }

    /**
     * The horizon of a series to a target, without bootstrap.
     *
     * @param years        the years, ascending; not modified
     * @param values       the values, &gt; 0 or {@code NaN} (missing, skipped); not modified
     * @param method       how to measure the growth
     * @param target       Y, the target level in the last observed year, &gt; 0
     * @param targetGrowth g_Y, the target's yearly growth rate (&gt; −1; 0 for a fixed target)
     * @return the result
     * @throws IllegalArgumentException if fewer than two years have a value, a value is ≤ 0 or
     *                                  infinite (naming its year), or the years are not ascending
     */
    public static CatchUpResult horizon(int[] years, double[] values, GrowthMethod method, double target,
            double targetGrowth) {
        return horizon(years, values, method, target, targetGrowth, 0, 0L);
    }

    /**
     * The horizon of a series to a target, with a bootstrap interval.
     *
     * @param years        the years, ascending; not modified
     * @param values       the values, &gt; 0 or {@code NaN} (missing, skipped); not modified
     * @param method       how to measure the growth
     * @param target       Y, the target level in the last observed year, &gt; 0
     * @param targetGrowth g_Y, the target's yearly growth rate (&gt; −1; 0 for a fixed target)
     * @param draws        the bootstrap draws B, ≥ 0 (0 = no interval)
     * @param seed         the seed of the draws
     * @return the result
     * @throws IllegalArgumentException on invalid input (see {@link #horizon(int[], double[], GrowthMethod, double, double)}),
     *                                  or a negative {@code draws}
     */
    public static CatchUpResult horizon(int[] years, double[] values, GrowthMethod method, double target,
            double targetGrowth, int draws, long seed) {
        Args.notNull("method", method);
        Args.positive("target", target);
        Args.finite("targetGrowth", targetGrowth);
        if (!(targetGrowth > -1)) {
            throw new IllegalArgumentException("targetGrowth must be > -1: " + targetGrowth);
        }
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be >= 0: " + draws);
        }
        Logs o = logs(years, values);
        double g = growth(o, method);
        double level = Math.exp(o.y[o.n - 1]);
        double h = years(level, g, target, targetGrowth);
        CatchUpResult.State state = h == 0 ? CatchUpResult.State.REACHED
                : Double.isInfinite(h) ? CatchUpResult.State.NEVER : CatchUpResult.State.REACHABLE;
        CatchUpResult r = new CatchUpResult(method, (int) o.t[0], (int) o.t[o.n - 1], o.n, level, g, target,
                targetGrowth, state, h, Double.NaN, Double.NaN, Double.NaN, 0);
        if (draws == 0) {
            return r;
        }
        double[] hs = draws(o, method, draws, seed);
        int never = 0;
        for (int b = 0; b < draws; b++) {
            hs[b] = years(level, hs[b], target, targetGrowth);
            if (Double.isInfinite(hs[b])) {
                never++;
            }
        }
        Arrays.sort(hs);
        return r.withInterval(SortedQuantiles.type7(hs, LOWER), SortedQuantiles.type7(hs, UPPER),
                (double) never / draws, draws);
    }

    /**
     * The yearly trend growth of a series, as {@link #horizon(int[], double[], GrowthMethod, double, double)}
     * measures it: the CAGR between the first and the last observation, or e^b − 1 of the log-linear fit.
     *
     * @param years  the years, ascending; not modified
     * @param values the values, &gt; 0 or {@code NaN} (missing, skipped); not modified
     * @param method how to measure the growth
     * @return g
     * @throws IllegalArgumentException if fewer than two years have a value, a value is ≤ 0 or infinite
     *                                  (naming its year), or the years are not ascending
     */
    public static double growth(int[] years, double[] values, GrowthMethod method) {
        Args.notNull("method", method);
        return growth(logs(years, values), method);
    }

    /**
     * Bootstrap draws of a series' trend growth, as the interval of
     * {@link #horizon(int[], double[], GrowthMethod, double, double, int, long)} draws them: a residual
     * bootstrap of the log-linear fit, or the yearly increments resampled for the CAGR.
     *
     * @param years  the years, ascending; not modified
     * @param values the values, &gt; 0 or {@code NaN} (missing, skipped); not modified
     * @param method how to measure the growth
     * @param draws  the number of draws B, ≥ 0
     * @param seed   the seed of the draws
     * @return the B growth rates g*, in the order drawn
     * @throws IllegalArgumentException on invalid input (see {@link #growth(int[], double[], GrowthMethod)}), or a
     *                                  negative {@code draws}
     */
    public static double[] growthDraws(int[] years, double[] values, GrowthMethod method, int draws, long seed) {
        Args.notNull("method", method);
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be >= 0: " + draws);
        }
        return draws(logs(years, values), method, draws, seed);
    }

    private static double growth(Logs o, GrowthMethod method) {
        return method == GrowthMethod.CAGR ? Math.expm1((o.y[o.n - 1] - o.y[0]) / (o.t[o.n - 1] - o.t[0]))
                : Math.expm1(slope(o));
    }

    private static double[] draws(Logs o, GrowthMethod method, int draws, long seed) {
        return method == GrowthMethod.CAGR ? cagrDraws(o, draws, seed) : fitDraws(o, draws, seed);
    }

    /**
     * The years from level y to a target Y growing at g_Y, at growth g.
     *
     * @param level        y, &gt; 0
     * @param growth       g, &gt; −1
     * @param target       Y, &gt; 0
     * @param targetGrowth g_Y, &gt; −1
     * @return ln(Y/y) / (ln(1+g) − ln(1+g_Y)); 0 when y ≥ Y; {@code +∞} when y &lt; Y and g ≤ g_Y
     */
    public static double years(double level, double growth, double target, double targetGrowth) {
        if (level >= target) {
            return 0;
        }
        double rate = Math.log1p(growth) - Math.log1p(targetGrowth);
        return rate > 0 ? Math.log(target / level) / rate : Double.POSITIVE_INFINITY;
    }

    /**
     * The years a β-convergence path needs to close a share of the gap.
     *
     * @param beta  β of {@link BetaConvergence}
     * @param span  T, the years of the regression, &gt; 0
     * @param share s, the share of the gap in logs to close, in (0, 1)
     * @return −ln(1 − s)/λ with λ = −ln(1 + βT)/T; {@code +∞} when λ ≤ 0 (no convergence) or 1 + βT ≤ 0
     *         (λ undefined, as {@link BetaConvergenceResult#speed()} is {@code NaN})
     * @throws IllegalArgumentException if {@code span} is not positive or {@code share} not in (0, 1)
     */
    public static double yearsToClose(double beta, double span, double share) {
        Args.positive("span", span);
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in (0, 1): " + share);
        }
        double onePlus = 1 + beta * span;
        double speed = onePlus > 0 ? -Math.log(onePlus) / span : Double.NaN;
        return speed > 0 ? -Math.log1p(-share) / speed : Double.POSITIVE_INFINITY;
    }

    /** The observed (t, ln y) pairs, the first {@code n} of the arrays. */
    private record Logs(double[] t, double[] y, int n) {
    }

    private static Logs logs(int[] years, double[] values) {
        Args.notNull("years", years);
        Args.notNull("values", values);
        Args.sameLength("values", values.length, "years", years.length);
        double[] t = new double[years.length];
        double[] y = new double[years.length];
        int n = 0;
        for (int i = 0; i < years.length; i++) {
            if (i > 0 && years[i] <= years[i - 1]) {
                throw new IllegalArgumentException("years must be ascending: " + years[i - 1] + ", " + years[i]);
            }
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the value of year " + years[i] + " must be > 0 and finite for a"
                        + " growth rate: " + v);
            }
            t[n] = years[i];
            y[n++] = Math.log(v);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a growth rate needs values in two years or more: " + n);
        }
        return new Logs(t, y, n);
    }

    /** The OLS slope of ln y on t ({@link TrendFit}). */
    private static double slope(Logs o) {
        return TrendFit.of(Arrays.copyOf(o.t, o.n), Arrays.copyOf(o.y, o.n)).slope();
    }

    /** Growth rates of residual-bootstrap draws of the log-linear fit. */
    private static double[] fitDraws(Logs o, int draws, long seed) {
        int n = o.n;
        double tm = 0;
        double ym = 0;
        for (int i = 0; i < n; i++) {
            tm += o.t[i];
            ym += o.y[i];
        }
        tm /= n;
        ym /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (o.t[i] - tm) * (o.t[i] - tm);
            sxy += (o.t[i] - tm) * (o.y[i] - ym);
        }
        double b = sxy / sxx;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = o.y[i] - ym - b * (o.t[i] - tm);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] g = new double[draws];
        for (int d = 0; d < draws; d++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (o.t[i] - tm) * e[random.nextInt(n)];
            }
            g[d] = Math.expm1(b + s / sxx);
        }
        return g;
    }

    /** Growth rates of draws of the increments between consecutive observations. */
    private static double[] cagrDraws(Logs o, int draws, long seed) {
        int k = o.n - 1;
        double[] d = new double[k];
        double[] span = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = o.y[i + 1] - o.y[i];
            span[i] = o.t[i + 1] - o.t[i];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] g = new double[draws];
        for (int b = 0; b < draws; b++) {
            double sd = 0;
            double ss = 0;
            for (int i = 0; i < k; i++) {
                int j = random.nextInt(k);
                sd += d[j];
                ss += span[j];
            }
            g[b] = Math.expm1(sd / ss);
        }
        return g;
    }
}
