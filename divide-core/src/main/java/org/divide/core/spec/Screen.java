package org.divide.core.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.divide.core.internal.Checks;

/**
 * Screening of economies (COINr's {@code Screen}): an economy is kept if its data availability
 * {@code 1 − nMissing/nIndicators} is at least {@code availabilityThreshold} and/or its non-zero
 * share {@code 1 − nZero/(nIndicators − nMissing)} is at least {@code nonZeroThreshold}, as the
 * rule says; forced inclusions and exclusions override the verdict. The pipeline reports every
 * economy removed and why.
 *
 * @param rule                  which checks apply
 * @param availabilityThreshold the minimum share of indicators present, in [0, 1] (COINr's
 *     {@code dat_thresh}, default exactly 2/3)
 * @param nonZeroThreshold      the minimum share of non-zero values among those present, in
 *     [0, 1] (COINr's {@code nonzero_thresh}, default 0.05)
 * @param forceInclude          economy codes kept whatever their data (COINr's {@code Force}
 *     with {@code Include = TRUE})
 * @param forceExclude          economy codes removed whatever their data ({@code Include = FALSE});
 *     disjoint from {@code forceInclude}
 */
public record Screen(ScreenRule rule, double availabilityThreshold, double nonZeroThreshold, List<String> forceInclude,
        List<String> forceExclude) implements Step {

    /** COINr's default data-availability threshold, 2/3. */
    public static final double DEFAULT_AVAILABILITY = 2.0 / 3;
    /** COINr's default non-zero threshold, 0.05. */
    public static final double DEFAULT_NON_ZERO = 0.05;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the rule is null, a threshold is outside [0, 1], or a
     *     code is blank, repeated, or both forced in and out
     */
    public Screen {
        Checks.notNull("Screen.rule", rule);
        Checks.share("Screen.availabilityThreshold", availabilityThreshold);
        Checks.share("Screen.nonZeroThreshold", nonZeroThreshold);
        forceInclude = Checks.codes("Screen.forceInclude", forceInclude);
        forceExclude = Checks.codes("Screen.forceExclude", forceExclude);
        Set<String> both = new HashSet<>(forceInclude);
        both.retainAll(forceExclude);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Screen: economies both forced in and out: " + both);
        }
    }

    /**
     * Screening by a rule with COINr's default thresholds (2/3 and 0.05) and nothing forced.
     *
     * @param rule the rule
     * @return the step
     */
    public static Screen by(ScreenRule rule) {
        return new Screen(rule, DEFAULT_AVAILABILITY, DEFAULT_NON_ZERO, List.of(), List.of());
    }

    /**
     * A copy with another availability threshold.
     *
     * @param threshold the minimum share of indicators present
     * @return the new step
     */
    public Screen withAvailabilityThreshold(double threshold) {
        return new Screen(rule, threshold, nonZeroThreshold, forceInclude, forceExclude);
    }

    /**
     * A copy with another non-zero threshold.
     *
     * @param threshold the minimum share of non-zero values
     * @return the new step
     */
    public Screen withNonZeroThreshold(double threshold) {
        return new Screen(rule, availabilityThreshold, threshold, forceInclude, forceExclude);
    }

    /**
     * A copy with forced inclusions and exclusions.
     *
     * @param include economies always kept
     * @param exclude economies always removed
     * @return the new step
     */
    public Screen withForced(List<String> include, List<String> exclude) {
        return new Screen(rule, availabilityThreshold, nonZeroThreshold, include, exclude);
    }

    @Override
    public StepKind kind() {
        return StepKind.SCREEN;
    }
}
