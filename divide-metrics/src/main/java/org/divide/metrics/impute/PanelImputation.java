package org.divide.metrics.impute;

import org.divide.core.spec.ImputeMethod;
import org.divide.metrics.internal.column.Args;

/**
 * Imputation along one economy's time series of one indicator (COINr's {@code impute_panel}):
 * {@code values[t]} observed at {@code times[t]}, times strictly increasing, {@code NaN} =
 * missing. To match COINr, pass one entry per year of the panel (with {@code NaN} for a year the
 * economy lacks), since COINr counts steps back over the panel's years.
 *
 * <ul>
 * <li>{@link #lastObservation}: the latest earlier observation, looking back at most
 *     {@code maxSteps} entries (COINr {@code imp_type = "latest"}, {@code max_time}); leading gaps
 *     stay missing;</li>
 * <li>{@link #constant}: the latest earlier observation, and before the first observation the
 *     first one (R's {@code approx(method = "constant", rule = 2)}, COINr {@code "constant"});</li>
 * <li>{@link #linear}: linear interpolation in time between the neighbouring observations,
 *     {@code y_i + (y_j − y_i)·((t − t_i)/(t_j − t_i))}, with the ends held flat (R's
 *     {@code approx(rule = 2)}); a series with one observation is held constant (COINr's
 *     {@code "linear-constant"}; its plain {@code "linear"} fails there, issue #63).</li>
 * </ul>
 *
 * <p>A series without any observation is returned unchanged. Cost: O(n).
 */
public final class PanelImputation {

    private PanelImputation() {
    }

    /**
     * The panel method of an index spec applied to one series: {@link ImputeMethod.LastObservation}
     * ({@code maxSteps} 0 = without limit), {@link ImputeMethod.Constant} or
     * {@link ImputeMethod.Linear}.
     *
     * @param method the method
     * @param times  the observation times, strictly increasing (not modified)
     * @param values the series, {@code NaN} = missing (not modified)
     * @return the filled series
     * @throws IllegalArgumentException as the method's own entry point
     */
    public static ImputationResult of(ImputeMethod.Panel method, double[] times, double[] values) {
        Args.notNull("method", method);
        if (method instanceof ImputeMethod.LastObservation lo) {
            return lo.maxSteps() == 0 ? lastObservation(times, values) : lastObservation(times, values, lo.maxSteps());
        } else if (method instanceof ImputeMethod.Constant) {
            return constant(times, values);
        }
        return linear(times, values);
    }

    /**
     * Last observation carried forward, without limit.
     *
     * @param times  the observation times, strictly increasing (not modified)
     * @param values the series, {@code NaN} = missing (not modified)
     * @return the filled series
     * @throws IllegalArgumentException if the arguments do not match or the times do not increase
     */
    public static ImputationResult lastObservation(double[] times, double[] values) {
        return lastObservation(times, values, Integer.MAX_VALUE);
    }

    /**
     * Last observation carried forward, at most {@code maxSteps} entries back.
     *
     * @param times    the observation times, strictly increasing (not modified)
     * @param values   the series, {@code NaN} = missing (not modified)
     * @param maxSteps how many entries back to look, {@code >= 1}
     * @return the filled series
     * @throws IllegalArgumentException if the arguments do not match, the times do not increase
     *     or {@code maxSteps < 1}
     */
    public static ImputationResult lastObservation(double[] times, double[] values, int maxSteps) {
        check(times, values);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1: " + maxSteps);
        }
        double[] out = values.clone();
        int last = -1;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                last = t;
            } else if (last >= 0 && t - last <= maxSteps) {
                out[t] = values[last];
            }
        }
        return ImputationResult.between(values, out);
    }

    /**
     * Step interpolation: the latest earlier observation, the first observation before it.
     *
     * @param times  the observation times, strictly increasing (not modified)
     * @param values the series, {@code NaN} = missing (not modified)
     * @return the filled series
     * @throws IllegalArgumentException if the arguments do not match or the times do not increase
     */
    public static ImputationResult constant(double[] times, double[] values) {
        check(times, values);
        double[] out = values.clone();
        int first = firstObserved(values);
        int last = -1;
        for (int t = 0; t < values.length && first >= 0; t++) {
            if (!Double.isNaN(values[t])) {
                last = t;
            } else {
                out[t] = values[last >= 0 ? last : first];
            }
        }
        return ImputationResult.between(values, out);
    }

    /**
     * Linear interpolation in time with flat ends.
     *
     * @param times  the observation times, strictly increasing (not modified)
     * @param values the series, {@code NaN} = missing (not modified)
     * @return the filled series
     * @throws IllegalArgumentException if the arguments do not match or the times do not increase
     */
    public static ImputationResult linear(double[] times, double[] values) {
        check(times, values);
        double[] out = values.clone();
        int prev = -1;
        int next = 0;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                prev = t;
                continue;
            }
            if (next >= 0 && next <= t) {
                next = t + 1;
                while (next < values.length && Double.isNaN(values[next])) {
                    next++;
                }
                if (next == values.length) {
                    next = -1;
                }
            }
            if (prev >= 0 && next >= 0) {
                double yi = values[prev];
                double yj = values[next];
                out[t] = yi + (yj - yi) * ((times[t] - times[prev]) / (times[next] - times[prev]));
            } else if (prev >= 0) {
                out[t] = values[prev];
            } else if (next >= 0) {
                out[t] = values[next];
            }
        }
        return ImputationResult.between(values, out);
    }

    private static int firstObserved(double[] values) {
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                return t;
            }
        }
        return -1;
    }

    private static void check(double[] times, double[] values) {
        Args.notNull("times", times);
        Args.notNull("values", values);
        Args.sameLength("times", times.length, "values", values.length);
        for (int t = 0; t < times.length; t++) {
            Args.finite("times[" + t + "]", times[t]);
            if (t > 0 && !(times[t] > times[t - 1])) {
                throw new IllegalArgumentException("times must increase strictly: times[" + t
                        + "] = " + times[t] + " after " + times[t - 1]);
            }
        }
    }
}
