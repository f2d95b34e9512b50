package org.divide.metrics.inequality;

import java.io.Serializable;
import java.util.Objects;

/**
 * Immutable options of the inequality measures: small-sample correction, the policies for
 * missing and non-positive values, the Wolfson convention and whether long arrays are
 * processed in parallel.
 *
 * <p>Start from {@link #withDefaults()} and derive variants; each {@code with...} method
 * returns a new object:
 * <pre>{@code
 * InequalityOptions o = InequalityOptions.withDefaults()
 *         .withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE)
 *         .withNonPositivePolicy(NonPositivePolicy.DROP);
 * double g = Measure.gini().withOptions(o).compute(x, w);
 * }</pre>
 *
 * <p>Parallel processing never changes a result: long arrays are always split into the same
 * fixed-size chunks, whose partial sums are combined in a fixed order, whether the chunks run
 * on one thread or many. Serializable, as the measures that carry them.
 */
public final class InequalityOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final InequalityOptions DEFAULTS = new InequalityOptions(SmallSampleCorrection.NONE,
            NonPositivePolicy.REJECT, NaNPolicy.REJECT, WolfsonConvention.WOLFSON_1994, true);

    private final SmallSampleCorrection correction;
    private final NonPositivePolicy nonPositivePolicy;
    private final NaNPolicy nanPolicy;
    private final WolfsonConvention wolfsonConvention;
    private final boolean parallel;

    private InequalityOptions(SmallSampleCorrection correction, NonPositivePolicy nonPositivePolicy,
            NaNPolicy nanPolicy, WolfsonConvention wolfsonConvention, boolean parallel) {
        this.correction = Objects.requireNonNull(correction, "correction");
        this.nonPositivePolicy = Objects.requireNonNull(nonPositivePolicy, "nonPositivePolicy");
        this.nanPolicy = Objects.requireNonNull(nanPolicy, "nanPolicy");
        this.wolfsonConvention = Objects.requireNonNull(wolfsonConvention, "wolfsonConvention");
        this.parallel = parallel;
    }

    /**
     * The defaults: no small-sample correction, {@link NonPositivePolicy#REJECT},
     * {@link NaNPolicy#REJECT}, {@link WolfsonConvention#WOLFSON_1994}, parallel on.
     *
     * @return the default options
     */
    public static InequalityOptions withDefaults() {
        return DEFAULTS;
    }

    /**
     * Sets the small-sample correction ({@link SmallSampleCorrection#EFFECTIVE_SAMPLE_SIZE} is
     * n/(n − 1) for unweighted data; {@link SmallSampleCorrection#NONE} the default).
     *
     * @param value the correction
     * @return the new options
     */
    public InequalityOptions withSmallSampleCorrection(SmallSampleCorrection value) {
        return new InequalityOptions(value, nonPositivePolicy, nanPolicy, wolfsonConvention, parallel);
    }

    /**
     * Sets the policy for values outside the domain of the positive-valued measures.
     *
     * @param value the policy
     * @return the new options
     */
    public InequalityOptions withNonPositivePolicy(NonPositivePolicy value) {
        return new InequalityOptions(correction, value, nanPolicy, wolfsonConvention, parallel);
    }

    /**
     * Sets the policy for {@code NaN} values.
     *
     * @param value the policy
     * @return the new options
     */
    public InequalityOptions withNaNPolicy(NaNPolicy value) {
        return new InequalityOptions(correction, nonPositivePolicy, value, wolfsonConvention, parallel);
    }

    /**
     * Sets the form of the Wolfson index.
     *
     * @param value the convention
     * @return the new options
     */
    public InequalityOptions withWolfsonConvention(WolfsonConvention value) {
        return new InequalityOptions(correction, nonPositivePolicy, nanPolicy, value, parallel);
    }

    /**
     * Sets whether long arrays may be processed on the common fork-join pool. Results are the
     * same either way.
     *
     * @param value {@code true} to allow parallel processing
     * @return the new options
     */
    public InequalityOptions withParallel(boolean value) {
        return new InequalityOptions(correction, nonPositivePolicy, nanPolicy, wolfsonConvention, value);
    }

    /** @return the small-sample correction */
    public SmallSampleCorrection smallSampleCorrection() {
        return correction;
    }

    /** @return the policy for values outside the domain of the positive-valued measures */
    public NonPositivePolicy nonPositivePolicy() {
        return nonPositivePolicy;
    }

    /** @return the policy for {@code NaN} values */
    public NaNPolicy nanPolicy() {
        return nanPolicy;
    }

    /** @return the form of the Wolfson index */
    public WolfsonConvention wolfsonConvention() {
        return wolfsonConvention;
    }

    /** @return whether long arrays may be processed in parallel */
    public boolean parallel() {
        return parallel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InequalityOptions other && correction == other.correction
                && nonPositivePolicy == other.nonPositivePolicy && nanPolicy == other.nanPolicy
                && wolfsonConvention == other.wolfsonConvention && parallel == other.parallel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(correction, nonPositivePolicy, nanPolicy, wolfsonConvention, parallel);
    }

    @Override
    public String toString() {
        return "InequalityOptions[correction=" + correction + ", nonPositive=" + nonPositivePolicy + ", nan="
                + nanPolicy + ", wolfson=" + wolfsonConvention + ", parallel=" + parallel + "]";
    }
}
