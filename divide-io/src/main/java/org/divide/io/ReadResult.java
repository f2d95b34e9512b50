package org.divide.io;

import java.util.List;
import java.util.Objects;
import org.divide.core.Panel;

/**
 * What a reader returns: the panel of economies, the aggregates kept apart, the economies it
 * could not resolve, and (in lenient mode) the records it skipped.
 *
 * <p>Indicator names, units and sources that the format carries are in
 * {@code panel().indicators()}; economy metadata (region, income group) comes from the
 * {@link EconomyResolver} and is in {@code panel().economies()}.
 *
 * @param source     the name of the input (file name, or the caller's label for a stream)
 * @param panel      the economies (every kind but {@code AGGREGATE}) with their values
 * @param aggregates the aggregates (World Bank regions and income groups, the world, OWID
 *                   regions...) with their values, possibly empty; same indicators as
 *                   {@code panel}
 * @param unmatched  the economy codes or names the resolver did not recognise, in order of first
 *                   appearance (their values are in {@code panel} or dropped, as
 *                   {@link ReadOptions#unmatched()} says)
 * @param skipped    the records skipped in lenient mode, in input order; empty in strict mode
 */
public record ReadResult(String source, Panel panel, Panel aggregates, List<UnmatchedEconomy> unmatched,
        List<SkippedRecord> skipped) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public ReadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(aggregates, "aggregates");
        unmatched = List.copyOf(unmatched);
        skipped = List.copyOf(skipped);
    }

    /**
     * Whether every record was read and every economy resolved.
     *
     * @return {@code true} when {@link #unmatched()} and {@link #skipped()} are both empty
     */
    public boolean isClean() {
        return unmatched.isEmpty() && skipped.isEmpty();
    }
}
