package org.divide.metrics.inequality;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * The shared part of the streaming accumulators: validation of each value and weight under the
 * data policies, the counts, and the {@link DoubleConsumer}/{@code combine} protocol that lets
 * {@code DoubleStream.parallel().collect(...)} use them:
 * <pre>{@code
 * double t = DoubleStream.of(x).parallel().collect(GeneralizedEntropyAccumulator::theilT,
 *         GeneralizedEntropyAccumulator::accept, GeneralizedEntropyAccumulator::combine).getAsDouble();
 * }</pre>
 *
 * @param <A> the concrete accumulator
 */
abstract class StreamingAccumulator<A extends StreamingAccumulator<A>> implements DoubleConsumer, DoubleSupplier {

    private final ValuePolicy policy;
    private long count;
    private int skippedNaN;
    private int droppedNonPositive;

    StreamingAccumulator(ValuePolicy policy) {
        this.policy = policy;
    }

    /**
     * Adds a value with weight 1.
     *
     * @param x the value
     * @throws IllegalArgumentException if the value is rejected by the data policies
     */
    @Override
    public final void accept(double x) {
        accept(x, 1);
    }

    /**
     * Adds a value with a weight.
     *
     * @param x the value
     * @param w the weight: finite and {@code >= 0}
     * @throws IllegalArgumentException if the weight is invalid or the value is rejected by the data policies
     */
    public final void accept(double x, double w) {
        if (!ValuePolicy.validWeight(w)) {
            throw new IllegalArgumentException(ValuePolicy.weightProblem("w", w));
        }
        int action = policy.action(x);
        if (action == ValuePolicy.KEEP) {
            count++;
            add(x, w);
        } else if (action == ValuePolicy.SKIP_NAN) {
            skippedNaN++;
        } else if (action == ValuePolicy.DROP) {
            droppedNonPositive++;
        } else {
            throw new IllegalArgumentException(policy.valueProblem("x", x));
        }
    }

    /**
     * Merges another accumulator of the same measure into this one, as if its values had been
     * accepted here.
     *
     * @param other the other accumulator; not modified
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator computes a different measure
     */
    public final A combine(A other) {
        if (!policy.measure().equals(other.policy().measure())) {
            throw new IllegalArgumentException("cannot combine " + policy.measure() + " with "
                    + other.policy().measure());
        }
        count += other.count();
        skippedNaN += other.skippedNaN();
        droppedNonPositive += other.droppedNonPositive();
        merge(other);
        return self();
    }

    /** @return the number of values accepted (not skipped or dropped) */
    public final long count() {
        return count;
    }

    /** @return the number of {@code NaN} values skipped under {@link NaNPolicy#SKIP} */
    public final int skippedNaN() {
        return skippedNaN;
    }

    /** @return the number of values dropped under the non-positive policy */
    public final int droppedNonPositive() {
        return droppedNonPositive;
    }

    /** @return the name of the measure, such as {@code "GE(2)"} */
    public final String measure() {
        return policy.measure();
    }

    final ValuePolicy policy() {
        return policy;
    }

    /** Adds a validated value. */
    abstract void add(double x, double w);

    /** Merges the sums of another accumulator. */
    abstract void merge(A other);

    /** @return this, typed */
    abstract A self();
}
