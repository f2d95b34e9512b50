package org.divide.metrics.inequality;

/**
 * The shared part of the {@link InequalityAccumulator}s: validation of each value and weight
 * under the data policies, the counts, the check that combined accumulators compute the same
 * measure, and the {@code accept}/{@code combine} protocol; subclasses keep the sums.
 *
 * @param <A> the concrete accumulator
 */
abstract class StreamingAccumulator<A extends StreamingAccumulator<A>> implements InequalityAccumulator<A> {

    private final ValuePolicy policy;
    private long count;
    private int skippedNaN;
    private int droppedNonPositive;

    StreamingAccumulator(ValuePolicy policy) {
        this.policy = policy;
    }

    /** {@inheritDoc} */
    @Override
    public final void accept(double x) {
        accept(x, 1);
    }

    /** {@inheritDoc} */
    @Override
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

    /** {@inheritDoc} */
    @Override
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
    @Override
    public final long count() {
        return count;
    }

    /** @return the number of {@code NaN} values skipped under {@link NaNPolicy#SKIP} */
    @Override
    public final int skippedNaN() {
        return skippedNaN;
    }

    /** @return the number of values dropped under the non-positive policy */
    @Override
    public final int droppedNonPositive() {
        return droppedNonPositive;
    }

    /** @return the name of the measure, such as {@code "GE(2)"} */
    @Override
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
