package org.divide.io.csv;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.divide.core.Panel;

/**
 * What {@link CoinrIDataReader} needs beyond COINr's column names, immutable: the year of a table
 * without a {@code Time} column, and the columns to read as groups whatever their values (the
 * {@code Group} rows of an iMeta table). Defaults: no year (a {@code Time} column is required), no
 * named group columns.
 *
 * <pre>{@code
 * IDataLayout oneYear = IDataLayout.defaults().withYear(2018).withGroupColumns(List.of("Region"));
 * }</pre>
 */
public final class IDataLayout {

    private static final IDataLayout DEFAULTS = new IDataLayout(0, Set.of());

    private final int year;
    private final Set<String> groupColumns;

    private IDataLayout(int year, Set<String> groupColumns) {
        this.year = year;
        this.groupColumns = groupColumns;
    }

    /**
     * The defaults: a {@code Time} column, no named group columns.
     *
     * @return the layout
     */
    public static IDataLayout defaults() {
        return DEFAULTS;
    }

    /**
     * A copy that gives every row this year when the table has no {@code Time} column (a
     * {@code Time} column, when present, wins).
     *
     * @param newYear the year, within the range of a panel
     * @return the copy
     * @throws IllegalArgumentException if the year is outside [{@link Panel#MIN_YEAR},
     *                                  {@link Panel#MAX_YEAR}]
     */
    public IDataLayout withYear(int newYear) {
        if (newYear < Panel.MIN_YEAR || newYear > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year " + newYear + " is outside [" + Panel.MIN_YEAR + ", "
                    + Panel.MAX_YEAR + "]");
        }
        return new IDataLayout(newYear, groupColumns);
    }

    /**
     * A copy that also reads these columns as groups, whatever their values.
     *
     * @param columns the column names, matched without regard to case
     * @return the copy
     */
    public IDataLayout withGroupColumns(Collection<String> columns) {
        Set<String> lower = new TreeSet<>();
        for (String c : columns) {
            lower.add(c.strip().toLowerCase(Locale.ROOT));
        }
        return new IDataLayout(year, Set.copyOf(lower));
    }

    /**
     * The year of rows without a {@code Time} column.
     *
     * @return the year, or 0 if none was given
     */
    public int year() {
        return year;
    }

    /**
     * Whether a column was named a group column.
     *
     * @param column the column's header
     * @return {@code true} if it was, without regard to case
     */
    public boolean isGroupColumn(String column) {
        return groupColumns.contains(column.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "IDataLayout[year=" + (year == 0 ? "from Time" : String.valueOf(year)) + ", groupColumns="
                + groupColumns + "]";
    }
}
