package org.divide.metrics.scenario;

/**
 * How the weights (population) of the projected years are found from the observed ones.
 */
public enum PopulationAssumption {
    /** Each economy's last observed weight in the window, held constant in every projected year. */
    CONSTANT,
    /**
     * Each economy's weight carried forward at its own trend over the window, by the same
     * {@link org.divide.metrics.dynamics.GrowthMethod} as the values: w_i(t) = w_{i,P_i}·(1 + p_i)^{t − P_i}.
     */
    TREND
}
