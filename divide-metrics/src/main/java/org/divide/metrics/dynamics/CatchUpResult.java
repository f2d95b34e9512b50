package org.divide.metrics.dynamics;

/**
 * The years a series needs to reach a target at its own trend ({@link CatchUp}), with the optional
 * bootstrap interval.
 *
 * @param method       how the growth was measured
 * @param firstYear    t0, the first year with a value in the window
 * @param lastYear     T, the last year with a value in the window; the horizon counts from it
 * @param observations the years with a value in the window
 * @param level        y_T, the last observed value
 * @param growth       g, the series' yearly growth rate
 * @param target       Y, the target level in year T
 * @param targetGrowth g_Y, the target's own yearly growth rate (0 for a fixed target)
 * @param state        reached already, reachable, or never at current trends
 * @param years        h, the years after T; 0 when reached, {@code +∞} when never
 * @param lower        the 5 % quantile of the bootstrap horizons ({@code +∞} when more than 95 % never
 *                     reach); {@code NaN} without bootstrap
 * @param upper        the 95 % quantile ({@code +∞} when more than 5 % never reach); {@code NaN} without bootstrap
 * @param neverShare   the share of bootstrap draws that never reach; {@code NaN} without bootstrap
 * @param draws        the bootstrap draws (0 = none)
 */
public record CatchUpResult(GrowthMethod method, int firstYear, int lastYear, int observations, double level,
        double growth, double target, double targetGrowth, State state, double years, double lower, double upper,
        double neverShare, int draws) {

    /** Where the series stands against the target. */
    public enum State {
        /** y_T ≥ Y: the target is reached already (h = 0). */
        REACHED,
        /** The series grows faster than the target: h is finite. */
        REACHABLE,
        /** y_T &lt; Y and the series grows no faster than the target: never at current trends (h = +∞). */
        NEVER
    }

    /**
     * The same result with a bootstrap interval.
     *
     * @param lower      the 5 % quantile of the horizons
     * @param upper      the 95 % quantile
     * @param neverShare the share of draws that never reach
     * @param draws      the number of draws
     * @return the new result
     */
    CatchUpResult withInterval(double lower, double upper, double neverShare, int draws) {
        return new CatchUpResult(method, firstYear, lastYear, observations, level, growth, target, targetGrowth, state,
                years, lower, upper, neverShare, draws);
    }
}
