package org.divide.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.divide.core.Panel;

/**
 * What every reader returns: the panel of economies, the aggregates kept apart, the economies it
 * could not resolve, (in lenient mode) the records it skipped, and the format's notes.
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
 * @param notes      what the format's reader says about the input beyond this report (SDMX: the
 *                   mapping of dimensions), or {@link FormatNotes#none()}
 */
public record ReadResult(String source, Panel panel, Panel aggregates, List<UnmatchedEconomy> unmatched,
        List<SkippedRecord> skipped, FormatNotes notes) {

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
        Objects.requireNonNull(notes, "notes");
    }

    /**
     * A result without format notes.
     *
     * @param source     the name of the input
     * @param panel      the economies with their values
     * @param aggregates the aggregates with their values
     * @param unmatched  the economy codes or names the resolver did not recognise
     * @param skipped    the records skipped in lenient mode
     * @throws NullPointerException if a field is null
     */
    public ReadResult(String source, Panel panel, Panel aggregates, List<UnmatchedEconomy> unmatched,
            List<SkippedRecord> skipped) {
        this(source, panel, aggregates, unmatched, skipped, FormatNotes.none());
    }

    /**
     * A copy with other format notes.
     *
     * @param newNotes the notes, non-null
     * @return the copy
     */
    public ReadResult withNotes(FormatNotes newNotes) {
        return new ReadResult(source, panel, aggregates, unmatched, skipped, newNotes);
    }

    /**
     * The format notes, if they are of a type.
     *
     * @param <T>  the type
     * @param type the notes' class, such as {@code SdmxNotes.class}
     * @return the notes, or empty if this result has none of that type
     */
    public <T extends FormatNotes> Optional<T> notes(Class<T> type) {
        return type.isInstance(notes) ? Optional.of(type.cast(notes)) : Optional.empty();
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
