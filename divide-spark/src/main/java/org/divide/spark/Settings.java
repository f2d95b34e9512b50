package org.divide.spark;

import java.io.Serializable;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.NaNPolicy;
import org.divide.metrics.inequality.NonPositivePolicy;
import org.divide.metrics.inequality.SmallSampleCorrection;

/**
 * The data policies of {@link InequalityOptions} in a serialisable form, shipped to the
 * executors, which rebuild the options (sequential: parallelism comes from Spark).
 *
 * @param nanPolicy         the missing-value policy
 * @param nonPositivePolicy the policy for values outside a measure's domain
 * @param correction        the small-sample correction
 */
record Settings(NaNPolicy nanPolicy, NonPositivePolicy nonPositivePolicy, SmallSampleCorrection correction)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param options the options
     * @return their policies
     */
    static Settings of(InequalityOptions options) {
        return new Settings(options.nanPolicy(), options.nonPositivePolicy(), options.smallSampleCorrection());
    }

    /** @return the options, sequential */
    InequalityOptions options() {
        return InequalityOptions.withDefaults().withNaNPolicy(nanPolicy).withNonPositivePolicy(nonPositivePolicy)
                .withSmallSampleCorrection(correction).withParallel(false);
    }
}
