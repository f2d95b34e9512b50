package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * The aggregation methods of {@link Aggregate}, one record per method with its parameters; with
 * {@code x} the children's scores of one economy and {@code w} their weights (rescaled over the
 * children present). The means that take a declared shift {@code c ≥ 0} are taken of
 * {@code x + c} and {@code c} is subtracted from the result, so that zeros can be aggregated
 * ({@code c = 0}: none, the values must then be positive).
 */
public sealed interface AggregateMethod extends SpecMethod {

    /**
     * The name of the COINr function that computes this method, for messages.
     *
     * @return for example {@code "a_amean"}
     */
    String coinrName();

    /** A mean that takes a declared shift. */
    sealed interface Shifted extends AggregateMethod {
        /**
         * The declared shift.
         *
         * @return {@code c ≥ 0}
         */
        double shift();

        /**
         * A copy with another shift.
         *
         * @param c the shift, finite and {@code ≥ 0}
         * @return the new method
         */
        Shifted withShift(double c);
    }

    /** {@code Σ wᵢxᵢ / Σ wᵢ} (COINr's default {@code a_amean}). */
    record Arithmetic() implements AggregateMethod {
        @Override
        public String coinrName() {
            return "a_amean";
        }
    }

    /**
     * {@code exp(Σ wᵢ ln(xᵢ + c) / Σ wᵢ) − c}; needs {@code x + c > 0} ({@code a_gmean}).
     *
     * @param shift the declared shift {@code c ≥ 0}
     */
    record Geometric(double shift) implements Shifted {
        /** Validates the shift. */
        public Geometric {
            Checks.nonNegative("Geometric.shift", shift);
        }

        @Override
        public Geometric withShift(double c) {
            return new Geometric(c);
        }

        @Override
        public String coinrName() {
            return "a_gmean";
        }
    }

    /**
     * {@code Σ wᵢ / Σ (wᵢ/(xᵢ + c)) − c}; needs {@code x + c > 0} ({@code a_hmean}).
     *
     * @param shift the declared shift {@code c ≥ 0}
     */
    record Harmonic(double shift) implements Shifted {
        /** Validates the shift. */
        public Harmonic {
            Checks.nonNegative("Harmonic.shift", shift);
        }

        @Override
        public Harmonic withShift(double c) {
            return new Harmonic(c);
        }

        @Override
        public String coinrName() {
            return "a_hmean";
        }
    }

    /**
     * {@code (Σ wᵢ(xᵢ + c)ᵖ / Σ wᵢ)^{1/p} − c} ({@code a_genmean}).
     *
     * @param power the order {@code p}, finite and not 0 (use {@link Geometric})
     * @param shift the declared shift {@code c ≥ 0}
     */
    record Generalised(double power, double shift) implements Shifted {
        /** Validates the order and shift. */
        public Generalised {
            Checks.finite("Generalised.power", power);
            if (power == 0) {
                throw new IllegalArgumentException("Generalised: power must not be 0 (use Geometric): " + power);
            }
            Checks.nonNegative("Generalised.shift", shift);
        }

        @Override
        public Generalised withShift(double c) {
            return new Generalised(power, c);
        }

        @Override
        public String coinrName() {
            return "a_genmean";
        }
    }

    /** The weighted median. */
    record Median() implements AggregateMethod {
        @Override
        public String coinrName() {
            return "weighted median";
        }
    }

    /**
     * Copeland's count of wins minus losses over pairwise weighted-majority comparisons of the
     * economies (non-compensatory; {@code a_copeland}).
     */
    record Copeland() implements AggregateMethod {
        @Override
        public String coinrName() {
            return "a_copeland";
        }
    }

    /**
     * Benefit of the doubt: each economy's score with the weights most favourable to it, under
     * the constraint that no economy scores above 1 with those weights (a DEA linear programme).
     */
    record BenefitOfTheDoubt() implements AggregateMethod {
        @Override
        public String coinrName() {
            return "benefit of the doubt";
        }
    }

    /** @return the weighted arithmetic mean */
    static Arithmetic arithmetic() {
        return new Arithmetic();
    }

    /** @return the weighted geometric mean, unshifted */
    static Geometric geometric() {
        return new Geometric(0);
    }

    /** @return the weighted harmonic mean, unshifted */
    static Harmonic harmonic() {
        return new Harmonic(0);
    }

    /**
     * The weighted generalised mean of order {@code p}, unshifted.
     *
     * @param p the order, not 0
     * @return the method
     */
    static Generalised generalised(double p) {
        return new Generalised(p, 0);
    }

    /** @return the weighted median */
    static Median median() {
        return new Median();
    }

    /** @return Copeland's method */
    static Copeland copeland() {
        return new Copeland();
    }

    /** @return benefit of the doubt */
    static BenefitOfTheDoubt benefitOfTheDoubt() {
        return new BenefitOfTheDoubt();
    }
}
