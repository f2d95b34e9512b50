package org.divide.io.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.divide.core.Grouping;
import org.divide.io.FormatNotes;
import org.divide.io.ReadResult;

/**
 * What {@link CoinrIDataReader} says about an iData table beyond the panel: its group columns, as
 * groupings of the economies ({@code CoinrNotes.of(result).grouping("EurAsia_group")}).
 *
 * @param groupings one grouping per group column, named by the column's header, in column order;
 *                  economies are keyed by their resolved code, and an economy whose group cell is
 *                  missing is not in the grouping
 * @param years     the years of the rows: read from the {@code Time} column, or the one year given
 *                  with {@link CoinrIDataReader#withYear(int)}; ascending
 * @param timeColumn whether the years were read from a {@code Time} column
 */
public record CoinrNotes(List<Grouping> groupings, List<Integer> years, boolean timeColumn) implements FormatNotes {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public CoinrNotes {
        groupings = List.copyOf(groupings);
        years = List.copyOf(years);
    }

    /**
     * A grouping by the name of its column, compared without regard to case.
     *
     * @param column the column, such as {@code EurAsia_group}
     * @return the grouping, or empty if the table had no such group column
     */
    public Optional<Grouping> grouping(String column) {
        Objects.requireNonNull(column, "column");
        return groupings.stream().filter(g -> g.name().equalsIgnoreCase(column)).findFirst();
    }

    /**
     * The COINr notes of a result.
     *
     * @param result the result of {@link CoinrIDataReader}
     * @return its notes
     * @throws IllegalArgumentException naming the source if the COINr iData reader did not read it
     */
    public static CoinrNotes of(ReadResult result) {
        return result.notes(CoinrNotes.class).orElseThrow(() -> new IllegalArgumentException(result.source()
                + " was not read by the COINr iData reader: it has no COINr notes"));
    }
}
