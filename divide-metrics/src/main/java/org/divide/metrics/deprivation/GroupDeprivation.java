package org.divide.metrics.deprivation;

/**
 * One group of a decomposition of M0: M0 = Σ_g s_g M0_g, s_g the group's share of the total
 * population weight.
 *
 * @param group           the group's label
 * @param populationShare s_g
 * @param result          the measures within the group
 * @param contribution    s_g M0_g / M0, the group's share of M0 ({@code NaN} when M0 = 0)
 */
public record GroupDeprivation(String group, double populationShare, DeprivationResult result, double contribution) {
}
