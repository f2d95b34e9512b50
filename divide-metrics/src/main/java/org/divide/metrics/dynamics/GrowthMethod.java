package org.divide.metrics.dynamics;

/**
 * How {@link CatchUp} measures a series' own trend growth over its window.
 */
public enum GrowthMethod {
    /**
     * The compound annual growth rate between the first and the last observation of the window,
     * g = (y_T / y_{t0})^{1/(T − t0)} − 1 ({@link Growth#cagr(double, double, double)}).
     */
    CAGR,
    /**
     * The log-linear OLS trend over every observation of the window, g = e^b − 1 with b the slope of
     * ln y on the year ({@link Growth#logLinearTrend(int[], double[])}).
     */
    FIT
}
