package org.divide.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The outcome of resolving many codes or names at once with {@link Economies#resolveAll}: what
 * matched, what did not, and which matches are aggregates or former economies rather than
 * economies of today. Nothing is dropped silently: every distinct input is either in
 * {@link #matched()} or in {@link #unmatched()}.
 *
 * @param matched    each distinct input that resolved → its economy, in input order; unmodifiable
 * @param unmatched  the distinct inputs that resolved to nothing, in input order; unmodifiable
 * @param aggregates the inputs of {@link #matched()} that are aggregates ({@link Economy.Kind#AGGREGATE}),
 *                   in input order; unmodifiable
 * @param historical the inputs of {@link #matched()} that are former economies
 *                   ({@link Economy.Kind#HISTORICAL}), in input order; unmodifiable
 */
public record EconomyResolution(Map<String, Economy> matched, List<String> unmatched, List<String> aggregates,
        List<String> historical) {

    /**
     * Copies the collections, keeping their order.
     *
     * @throws NullPointerException     if a collection or an element is null
     * @throws IllegalArgumentException if an input is both matched and unmatched, or an aggregate or
     *                                  historical input is not matched with that kind
     */
    public EconomyResolution {
        Map<String, Economy> copy = new LinkedHashMap<>();
        matched.forEach((input, economy) -> copy.put(Objects.requireNonNull(input, "matched input"),
                Objects.requireNonNull(economy, "economy of input " + input)));
        matched = Collections.unmodifiableMap(copy);
        unmatched = List.copyOf(unmatched);
        aggregates = List.copyOf(aggregates);
        historical = List.copyOf(historical);
        for (String input : unmatched) {
            if (copy.containsKey(input)) {
                throw new IllegalArgumentException("input '" + input + "' is both matched and unmatched");
            }
        }
        checkKind(copy, aggregates, Economy.Kind.AGGREGATE);
        checkKind(copy, historical, Economy.Kind.HISTORICAL);
    }

    /**
     * Resolves inputs one by one; see {@link Economies#resolveAll(Collection)}.
     *
     * @param codesOrNames the inputs
     * @param finder       looks up one input
     * @return the resolution
     * @throws IllegalArgumentException if the collection or an element is null, naming its position
     */
    static EconomyResolution of(Collection<String> codesOrNames, Function<String, Optional<Economy>> finder) {
        if (codesOrNames == null) {
            throw new IllegalArgumentException("codesOrNames is null");
        }
        Map<String, Economy> matched = new LinkedHashMap<>();
        Set<String> unmatched = new LinkedHashSet<>();
        List<String> aggregateInputs = new ArrayList<>();
        List<String> historicalInputs = new ArrayList<>();
        int i = 0;
        for (String input : codesOrNames) {
            if (input == null) {
                throw new IllegalArgumentException("codesOrNames[" + i + "] is null");
            }
            i++;
            if (matched.containsKey(input) || unmatched.contains(input)) {
                continue;
            }
            Optional<Economy> found = finder.apply(input);
            if (found.isEmpty()) {
                unmatched.add(input);
                continue;
            }
            Economy e = found.get();
            matched.put(input, e);
            if (e.kind() == Economy.Kind.AGGREGATE) {
                aggregateInputs.add(input);
            } else if (e.kind() == Economy.Kind.HISTORICAL) {
                historicalInputs.add(input);
            }
        }
        return new EconomyResolution(matched, List.copyOf(unmatched), aggregateInputs, historicalInputs);
    }

    private static void checkKind(Map<String, Economy> matched, List<String> inputs, Economy.Kind kind) {
        for (int i = 0; i < inputs.size(); i++) {
            Economy e = matched.get(inputs.get(i));
            if (e == null || e.kind() != kind) {
                throw new IllegalArgumentException(kind + " input [" + i + "] '" + inputs.get(i)
                        + "' is not matched to an economy of that kind: " + e);
            }
        }
    }

    /**
     * Whether every input resolved.
     *
     * @return {@code true} if {@link #unmatched()} is empty
     */
    public boolean complete() {
        return unmatched.isEmpty();
    }

    /**
     * The distinct economies of today that matched ({@link Economy.Kind#CLASSIFIED} and
     * {@link Economy.Kind#TERRITORY}), in input order; aggregates and former economies are left out.
     *
     * @return the economies, unmodifiable
     */
    public List<Economy> economies() {
        Set<Economy> found = new LinkedHashSet<>();
        for (Economy e : matched.values()) {
            if (e.kind() == Economy.Kind.CLASSIFIED || e.kind() == Economy.Kind.TERRITORY) {
                found.add(e);
            }
        }
        return List.copyOf(new ArrayList<>(found));
    }

    /**
     * Throws unless every input resolved.
     *
     * @return this resolution
     * @throws IllegalArgumentException naming the unmatched inputs, if there are any
     */
    public EconomyResolution requireComplete() {
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException(unmatched.size() + " unknown economies (no ISO code, name or alias matches): "
                    + unmatched);
        }
        return this;
    }
}
