package org.divide.metrics.dynamics;

import org.divide.core.Panel;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * Growth of one series: the compound annual growth rate between two years and the log-linear
 * trend over a window.
 *
 * <ul>
 *   <li>CAGR = (x_{t1} / x_{t0})^{1/(t1 − t0)} − 1, the constant yearly rate that carries
 *       x_{t0} to x_{t1}. Defined for positive values.</li>
 *   <li>Log-linear trend: the OLS line ln x_t = a + b·t over the years with a value
 *       ({@link TrendFit}, as R's {@code lm(log(x) ~ year)}); b is the continuous growth rate per
 *       year and e^b − 1 ({@link #trendRate(TrendFit)}) the yearly rate. Missing years are skipped,
 *       so unlike the CAGR the trend uses every observation in the window and is robust to an
 *       unusual first or last year.</li>
 * </ul>
 * For groups (population-weighted means or medians per year) see {@link GroupSeries}.
 */
public final class Growth {

    private Growth() {
    }

    /**
     * The compound annual growth rate.
     *
     * @param start the value in the first year, &gt; 0 ({@code NaN} = missing)
     * @param end   the value in the last year, &gt; 0 ({@code NaN} = missing)
     * @param years the years between them, &gt; 0
     * @return (end/start)^{1/years} − 1, or {@code NaN} when a value is missing
     * @throws IllegalArgumentException if a value is ≤ 0 or infinite, or {@code years} is not positive
     */
    public static double cagr(double start, double end, double years) {
        Args.positive("years", years);
        if (Double.isNaN(start) || Double.isNaN(end)) {
            return Double.NaN;
        }
        Args.positive("start", start);
        Args.positive("end", end);
        return Math.expm1(Math.log(end / start) / years);
    }

    /**
     * The CAGR of every economy of a panel between two years.
     *
     * @param panel     the panel
     * @param indicator the indicator code
     * @param from      the first year
     * @param to        the last year, after {@code from}
     * @return one rate per economy of {@link Panel#economies()}; {@code NaN} where a value is
     *         missing or not positive
     * @throws IllegalArgumentException if the indicator or a year is not in the panel, or {@code to ≤ from}
     */
    public static double[] cagr(Panel panel, String indicator, int from, int to) {
        double[] a = PanelArgs.column(panel, "indicator", indicator, from);
        double[] b = PanelArgs.column(panel, "indicator", indicator, to);
        PanelArgs.ordered("from", from, "to", to);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            boolean ok = a[i] > 0 && b[i] > 0;
            out[i] = ok ? cagr(a[i], b[i], to - from) : Double.NaN;
        }
        return out;
    }

    /**
     * The log-linear trend of a series.
     *
     * @param years  the years; not modified
     * @param values the values, &gt; 0 or {@code NaN} (missing, skipped); not modified
     * @return the OLS fit of ln x on the year
     * @throws IllegalArgumentException if the lengths differ or a value is ≤ 0 or infinite (naming its index)
     */
    public static TrendFit logLinearTrend(int[] years, double[] values) {
        Args.notNull("years", years);
        Args.notNull("values", values);
        Args.sameLength("values", values.length, "years", years.length);
        double[] t = new double[years.length];
        double[] y = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            t[i] = years[i];
            double v = values[i];
            if (!Double.isNaN(v) && (!(v > 0) || Double.isInfinite(v))) {
                throw new IllegalArgumentException("values[" + i + "] (year " + years[i]
                        + ") must be > 0 for a log-linear trend: " + v);
            }
            y[i] = Math.log(v);
        }
        return TrendFit.of(t, y);
    }

    /**
     * The log-linear trend of every economy of a panel over a window of years.
     *
     * @param panel     the panel
     * @param indicator the indicator code
     * @param from      the first year of the window (in the panel)
     * @param to        the last year of the window (in the panel), after {@code from}
     * @return one fit per economy; economies with a value ≤ 0 in the window get a fit of no points
     * @throws IllegalArgumentException if the indicator or a year is not in the panel, or {@code to ≤ from}
     */
    public static TrendFit[] logLinearTrends(Panel panel, String indicator, int from, int to) {
        int ind = PanelArgs.indicator(panel, "indicator", indicator);
        int a = PanelArgs.year(panel, "from", from);
        int b = PanelArgs.year(panel, "to", to);
        PanelArgs.ordered("from", from, "to", to);
        int[] all = panel.years();
        int[] years = new int[b - a + 1];
        double[][] cols = new double[years.length][];
        for (int t = 0; t < years.length; t++) {
            years[t] = all[a + t];
            cols[t] = panel.column(ind, a + t);
        }
        TrendFit[] out = new TrendFit[panel.economyCount()];
        double[] series = new double[years.length];
        for (int e = 0; e < out.length; e++) {
            boolean positive = true;
            for (int t = 0; t < years.length; t++) {
                series[t] = cols[t][e];
                positive &= Double.isNaN(series[t]) || series[t] > 0;
            }
            out[e] = positive ? logLinearTrend(years, series) : logLinearTrend(new int[0], new double[0]);
        }
        return out;
    }

    /**
     * The yearly growth rate of a log-linear trend.
     *
     * @param trend the fit of ln x on the year
     * @return e^b − 1
     */
    public static double trendRate(TrendFit trend) {
        return Math.expm1(Args.notNull("trend", trend).slope());
    }
}
