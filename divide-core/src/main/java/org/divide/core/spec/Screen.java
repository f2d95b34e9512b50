package org.divide.core.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.divide.core.internal.Checks;

/**
 * Screening of economies (COINr's {@code Screen}): an economy is kept if it passes the checks of
 * the {@link ScreenRule} (data availability {@code 1 − nMissing/nIndicators}, non-zero share
 * {@code 1 − nZero/(nIndicators − nMissing)}); forced inclusions and exclusions override the
 * verdict. The pipeline reports every economy removed and why.
 *
 * @param rule         which checks apply, with their thresholds
 * @param forceInclude economy codes kept whatever their data (COINr's {@code Force} with
 *     {@code Include = TRUE})
 * @param forceExclude economy codes removed whatever their data ({@code Include = FALSE});
 *     disjoint from {@code forceInclude}
 */
public record Screen(ScreenRule rule, List<String> forceInclude, List<String> forceExclude) implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the rule is null, a code blank or repeated, or an economy
     *     both forced in and out
     */
    public Screen {
        Checks.notNull("Screen.rule", rule);
        forceInclude = Checks.codes("Screen.forceInclude", forceInclude);
        forceExclude = Checks.codes("Screen.forceExclude", forceExclude);
        Set<String> both = new HashSet<>(forceInclude);
        both.retainAll(forceExclude);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Screen: economies both forced in and out: " + both);
        }
    }

    /**
     * Screening by a rule, nothing forced.
     *
     * @param rule the rule
     * @return the step
     */
    public static Screen by(ScreenRule rule) {
        return new Screen(rule, List.of(), List.of());
    }

    /**
     * A copy with forced inclusions and exclusions.
     *
     * @param include the economies kept
     * @param exclude the economies removed
     * @return the new step
     */
    public Screen withForced(List<String> include, List<String> exclude) {
        return new Screen(rule, include, exclude);
    }

    @Override
    public StepKind kind() {
        return StepKind.SCREEN;
    }
}
