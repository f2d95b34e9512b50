package org.divide.core.spec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.divide.core.Framework;
import org.divide.core.internal.Checks;

/**
 * A composite index as plain data: the framework (the tree of indicators and aggregates with
 * weights and directions, COINr's {@code iMeta}) and the ordered steps that build it (COINr's
 * logged {@code Denominate}, {@code Impute}, {@code Screen}, {@code Treat}, {@code Normalise},
 * {@code Aggregate} calls). {@code org.divide.metrics.composite} runs it on a panel;
 * {@code divide-io} reads and writes it as JSON.
 *
 * <p><b>Rules</b>, each checked on construction with an {@link IllegalArgumentException} that
 * names the step, the field and the code:
 * <ul>
 *   <li>at most one step of each {@link StepKind};</li>
 *   <li>{@link Aggregate}, if present, is the last step, and {@link Weights} comes before it; the
 *       data steps (denominate, impute, screen, treat, normalise) may come in any order, as in
 *       COINr, though the canonical order of {@link StepKind} is the usual one;</li>
 *   <li>every code a step names is a node of the framework of the right kind: indicators for
 *       denominate, treat and normalise entries; any node for directions and explicit weights;
 *       aggregates for aggregation entries; nodes at the weights' level for targets; and every
 *       level named lies between 2 (1 for weights) and the root's level.</li>
 * </ul>
 * A spec without a normalise step aggregates the values as they are; without an aggregate step it
 * uses the weighted arithmetic mean (COINr's default).
 *
 * @param framework the index framework
 * @param steps     the steps in the order in which they run
 */
public record IndexSpec(Framework framework, List<Step> steps) {

    /**
     * Validates the steps against each other and the framework.
     *
     * @throws IllegalArgumentException if a rule above is broken
     */
    public IndexSpec {
        Checks.notNull("IndexSpec.framework", framework);
        Checks.notNull("IndexSpec.steps", steps);
        steps = List.copyOf(steps);
        Set<StepKind> seen = EnumSet.noneOf(StepKind.class);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!seen.add(s.kind())) {
                throw new IllegalArgumentException("IndexSpec: two " + s.kind() + " steps (second at position " + i + ")");
            }
            if (s.kind() == StepKind.AGGREGATE && i != steps.size() - 1) {
                throw new IllegalArgumentException("IndexSpec: AGGREGATE must be the last step (it is at position " + i
                        + " of " + steps.size() + ")");
            }
            SpecValidation.check(framework, s);
        }
    }

    /**
     * A spec of the given steps.
     *
     * @param framework the framework
     * @param steps     the steps, in order
     * @return the spec
     */
    public static IndexSpec of(Framework framework, Step... steps) {
        return new IndexSpec(framework, List.of(steps));
    }

    /**
     * COINr's "plain" build: min-max onto [0, 100] and the weighted arithmetic mean.
     *
     * @param framework the framework
     * @return the spec
     */
    public static IndexSpec plain(Framework framework) {
        return of(framework, Normalise.minMax(), Aggregate.arithmetic());
    }

    /**
     * The step of a kind.
     *
     * @param kind the kind
     * @return the step, or empty
     */
    public Optional<Step> step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The step of a type.
     *
     * @param type the record type, e.g. {@code Normalise.class}
     * @param <T>  the type
     * @return the step, or empty
     */
    public <T extends Step> Optional<T> step(Class<T> type) {
        return steps.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * A copy with a step replaced, or inserted where its canonical order puts it (before the
     * first step of a later kind) if the spec has none of its kind.
     *
     * @param step the new step
     * @return the new spec
     */
    public IndexSpec withStep(Step step) {
        Checks.notNull("step", step);
        List<Step> copy = new ArrayList<>(steps);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).kind() == step.kind()) {
                copy.set(i, step);
                return new IndexSpec(framework, copy);
            }
        }
        int at = copy.size();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).kind().compareTo(step.kind()) > 0) {
                at = i;
                break;
            }
        }
        copy.add(at, step);
        return new IndexSpec(framework, copy);
    }

    /**
     * A copy without the step of a kind.
     *
     * @param kind the kind
     * @return the new spec (this one if it has no such step)
     */
    public IndexSpec withoutStep(StepKind kind) {
        List<Step> copy = new ArrayList<>(steps);
        return copy.removeIf(s -> s.kind() == kind) ? new IndexSpec(framework, copy) : this;
    }

    /**
     * A copy with another framework (the steps are checked against it).
     *
     * @param newFramework the framework
     * @return the new spec
     */
    public IndexSpec withFramework(Framework newFramework) {
        return new IndexSpec(newFramework, steps);
    }
}
