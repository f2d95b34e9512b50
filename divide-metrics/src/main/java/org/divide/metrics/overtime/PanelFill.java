package org.divide.metrics.overtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.divide.core.Economy;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.divide.metrics.impute.PanelImputation;

/**
 * Imputation of a panel across years before an index is built for each year (COINr's
 * {@code Impute(purse, f_i = "impute_panel")}): each economy's series of each named indicator,
 * over every year of the panel, is filled by one of the spec's panel methods
 * ({@link PanelImputation}):
 * <ul>
 * <li>{@link ImputeMethod.LastObservation} — COINr's {@code imp_type = "latest"}: a missing value
 *     takes the economy's latest earlier observation, looking back at most {@code maxSteps} years
 *     of the panel (COINr's {@code max_time}; 0 = no limit); values before the first observation
 *     stay missing (carried forward only);</li>
 * <li>{@link ImputeMethod.Constant} — {@code "constant"}: the same, and before the first
 *     observation the first one (carried backward too; R's {@code approx(method = "constant",
 *     rule = 2)});</li>
 * <li>{@link ImputeMethod.Linear} — {@code "linear-constant"}: linear interpolation between the
 *     neighbouring observations, the ends held flat, one observation held constant.</li>
 * </ul>
 * Steps are counted over the panel's years, as COINr counts the purse's time points, so give the
 * panel every year to be searched (years outside the built range may lend values). A series
 * without any observation stays missing; the index's own imputation step may fill it later.
 *
 * @param panel  the filled panel
 * @param method the method used
 * @param filled every cell filled, by indicator, economy and year
 */
public record PanelFill(Panel panel, ImputeMethod.Panel method, List<Cell> filled) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public PanelFill {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(method, "method");
        filled = List.copyOf(filled);
    }

    /**
     * A filled cell and where its value came from (COINr's {@code DataT}).
     *
     * @param economy   the economy's code
     * @param indicator the indicator's code
     * @param year      the year filled
     * @param value     the value put
     * @param from      the year the value was taken from, or the two years interpolated between
     *                  ({@code "2019–2021"})
     */
    public record Cell(String economy, String indicator, int year, double value, String from) {
    }

    /**
     * Fills the series of some indicators of a panel.
     *
     * @param panel      the panel (not modified)
     * @param indicators the codes of the indicators to fill (the framework's)
     * @param method     the method
     * @return the filled panel and the cells filled
     * @throws IllegalArgumentException if an indicator is not in the panel
     */
    public static PanelFill of(Panel panel, Collection<String> indicators, ImputeMethod.Panel method) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(method, "method");
        int[] years = panel.years();
        double[] times = new double[years.length];
        for (int t = 0; t < years.length; t++) {
            times[t] = years[t];
        }
        List<Cell> cells = new ArrayList<>();
        Panel.Builder builder = panel.toBuilder();
        double[] series = new double[years.length];
        List<Economy> economies = panel.economies();
        for (String code : indicators) {
            int ind = panel.indicatorIndex(code);
            if (ind < 0) {
                throw new IllegalArgumentException("panel imputation: the panel has no indicator " + code);
            }
            for (int e = 0; e < economies.size(); e++) {
                boolean gap = false;
                for (int t = 0; t < years.length; t++) {
                    series[t] = panel.value(e, ind, t);
                    gap |= Double.isNaN(series[t]);
                }
                if (!gap) {
                    continue;
                }
                double[] out = PanelImputation.of(method, times, series).values();
                for (int t = 0; t < years.length; t++) {
                    if (Double.isNaN(series[t]) && !Double.isNaN(out[t])) {
                        String economy = economies.get(e).code();
                        builder.put(economy, code, years[t], out[t]);
                        cells.add(new Cell(economy, code, years[t], out[t], source(method, series, years, t)));
                    }
                }
            }
        }
        return new PanelFill(builder.build(), method, cells);
    }

    /** The year(s) a filled value came from. */
    private static String source(ImputeMethod.Panel method, double[] series, int[] years, int t) {
        int before = t - 1;
        while (before >= 0 && Double.isNaN(series[before])) {
            before--;
        }
        int after = t + 1;
        while (after < series.length && Double.isNaN(series[after])) {
            after++;
        }
        boolean hasAfter = after < series.length;
        if (method instanceof ImputeMethod.Linear && before >= 0 && hasAfter) {
            return years[before] + "–" + years[after];
        }
        return Integer.toString(years[before >= 0 ? before : after]);
    }

    /**
     * The method as COINr names it.
     *
     * @return {@code latest}, {@code latest (max_time 2)}, {@code constant} or {@code linear}
     */
    public String methodName() {
        return name(method);
    }

    /**
     * The name of a panel method as COINr's {@code imp_type} names it.
     *
     * @param method the method
     * @return {@code latest}, {@code latest (max_time N)}, {@code constant} or {@code linear}
     */
    public static String name(ImputeMethod.Panel method) {
        if (method instanceof ImputeMethod.LastObservation lo) {
            return lo.maxSteps() == 0 ? "latest" : "latest (max_time " + lo.maxSteps() + ")";
        }
        return method.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
