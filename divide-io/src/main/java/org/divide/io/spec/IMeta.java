package org.divide.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.divide.core.Framework;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Step;

/**
 * A COINr {@code iMeta} table as read by {@link IMetaCsv#readMeta}: the framework, the
 * denomination its {@code Denominator} column asks for, and the codes of its {@code Group} and
 * {@code Denominator} rows.
 *
 * <pre>{@code
 * IMeta meta = IMetaCsv.readMeta(Path.of("ASEM_iMeta.csv"));
 * meta.denominate();                     // Flights → Population, Bord → Area, ... (17 in ASEM)
 * IndexSpec full = meta.spec(List.of(new Denominate(Map.of(), Map.of()), Impute.by(...), ...));
 * }</pre>
 *
 * @param framework    the framework (rows of type {@code Indicator} and {@code Aggregate})
 * @param denominate   indicator → denominator of every indicator whose {@code Denominator} cell is
 *                     neither blank nor {@code NA}, with the {@code ScaleFactor} column's scales
 *                     where the table has one; empty maps when no indicator is denominated
 * @param groups       the {@code iCode}s of the {@code Group} rows, in file order
 * @param denominators the {@code iCode}s of the {@code Denominator} rows, in file order
 */
public record IMeta(Framework framework, Denominate denominate, List<String> groups, List<String> denominators) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public IMeta {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(denominate, "denominate");
        groups = List.copyOf(groups);
        denominators = List.copyOf(denominators);
    }

    /**
     * COINr's plain build of the framework, {@link IndexSpec#plain(Framework)}: min-max onto
     * [0, 100] and the weighted arithmetic mean, no denomination (as {@code new_coin} followed by
     * {@code Normalise} and {@code Aggregate} with their defaults).
     *
     * @return the spec
     */
    public IndexSpec plain() {
        return IndexSpec.plain(framework);
    }

    /**
     * The framework built with these steps, a denominate step without denominators (as
     * {@code {"step": "denominate"}} in a steps document) taking those of the
     * {@code Denominator} column ({@link #denominate()}).
     *
     * @param steps the steps, in order
     * @return the spec
     * @throws IllegalArgumentException if the steps are not valid for the framework (see
     *                                  {@link IndexSpec})
     */
    public IndexSpec spec(List<Step> steps) {
        List<Step> filled = new ArrayList<>(steps.size());
        for (Step s : steps) {
            filled.add(s instanceof Denominate d && d.denominators().isEmpty() && d.scales().isEmpty() ? denominate
                    : s);
        }
        return new IndexSpec(framework, filled);
    }
}
