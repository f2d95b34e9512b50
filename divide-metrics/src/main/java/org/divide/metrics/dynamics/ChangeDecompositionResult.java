package org.divide.metrics.dynamics;

import java.util.Objects;

import org.divide.metrics.inequality.Decomposition;

/**
 * The change of Theil T or the mean log deviation between two periods, split by subgroups (see
 * {@link ChangeDecomposition} for the formulas).
 *
 * <p>Exact: {@link #change()} = {@link #withinChange()} + {@link #betweenChange()} (up to
 * rounding, as total = within + between in each period). Mookherjee–Shorrocks:
 * {@link #change()} = {@code pureWithin + allocationWithin + allocationBetween + relativeIncome
 * + residual}, where {@code pureWithin + allocationWithin} = {@link #withinChange()} exactly and
 * the approximation, hence the residual, lies in the between part.
 *
 * @param measure           the measure's name, {@code "Theil T"} or {@code "MLD"}
 * @param from              the decomposition in the first period
 * @param to                the decomposition in the second period
 * @param pureWithin        Σ ω̄_k ΔI_k: the change of inequality within the groups
 * @param allocationWithin  Σ Ī_k Δω_k: the within term moved by the shift of group weights
 * @param allocationBetween the between term moved by the shift of population shares Δs_k
 * @param relativeIncome    the between term moved by the change of the group means Δln μ_k
 * @param residual          {@link #change()} minus the four terms (second order in the changes)
 */
public record ChangeDecompositionResult(String measure, Decomposition from, Decomposition to, double pureWithin,
        double allocationWithin, double allocationBetween, double relativeIncome, double residual) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public ChangeDecompositionResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** @return ΔI, the change of the total index */
    public double change() {
        return to.total() - from.total();
    }

    /** @return ΔW, the change of the within-group term (exact) */
    public double withinChange() {
        return to.within() - from.within();
    }

    /** @return ΔB, the change of the between-group term (exact) */
    public double betweenChange() {
        return to.between() - from.between();
    }
}
