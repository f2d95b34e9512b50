package org.divide.metrics.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How every economy's indicator moves from its last observation y_{i,T_i} to a later year t
 * (h = t − T_i years ahead); see {@link DivideProjection} for the formulas.
 */
public sealed interface Scenario permits Scenario.Trend, Scenario.Beta, Scenario.Policy {

    /** {@return the scenario's name: "trend", "beta" or "policy"} */
    String name();

    /**
     * Each economy at its own trend over the window: y_i(t) = y_{i,T_i}·(1 + g_i)^h, g_i the CAGR or the
     * log-linear fit of {@link org.divide.metrics.dynamics.CatchUp#growth}.
     *
     * @return the trend scenario
     */
    static Scenario trend() {
        return new Trend();
    }

    /**
     * Convergence at the β estimated over the window ({@link org.divide.metrics.dynamics.BetaConvergence}),
     * applied forward from each economy's last observation.
     *
     * @return the β scenario
     */
    static Scenario beta() {
        return new Beta();
    }

    /**
     * The trend scenario with named economies raised by r_i a year on top of their trend:
     * y_i(t) = y_{i,T_i}·((1 + g_i)(1 + r_i))^h.
     *
     * @param raises the yearly raise r_i (0.05 = 5 % a year, &gt; −1, finite) by economy code; economies
     *               not named are at their trend
     * @return the policy scenario
     * @throws IllegalArgumentException if a raise is not finite or ≤ −1, or no economy is named
     */
    static Scenario policy(Map<String, Double> raises) {
        return new Policy(raises);
    }

    /** Each economy at its own trend. */
    record Trend() implements Scenario {
        @Override
        public String name() {
            return "trend";
        }
    }

    /** Convergence at the estimated β. */
    record Beta() implements Scenario {
        @Override
        public String name() {
            return "beta";
        }
    }

    /**
     * The trend with named economies raised.
     *
     * @param raises the yearly raise by economy code (copied, sorted by code)
     */
    record Policy(Map<String, Double> raises) implements Scenario {

        /**
         * Copies and checks the raises.
         *
         * @throws IllegalArgumentException if a raise is not finite or ≤ −1, or no economy is named
         */
        public Policy {
            if (raises == null || raises.isEmpty()) {
                throw new IllegalArgumentException("raises: a policy names one economy or more");
            }
            TreeMap<String, Double> copy = new TreeMap<>();
            for (Map.Entry<String, Double> e : raises.entrySet()) {
                Double r = e.getValue();
                if (e.getKey() == null || r == null || !(r > -1) || Double.isInfinite(r)) {
                    throw new IllegalArgumentException("raises[" + e.getKey() + "] must be a finite rate above -1: "
                            + r);
                }
                copy.put(e.getKey(), r);
            }
            raises = Collections.unmodifiableMap(copy);
        }

        @Override
        public String name() {
            return "policy";
        }

        /**
         * The raise of one economy.
         *
         * @param economy the economy code
         * @return r_i, 0 when not named
         */
        public double raise(String economy) {
            return raises.getOrDefault(economy, 0.0);
        }
    }
}
