package org.divide.io.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.csv.CsvTable;

/**
 * The columns of an SDMX-CSV header: which hold the structure, the dimensions, the time period and
 * the measure, and where labels are.
 *
 * <p>Both versions start with the structure columns ({@code DATAFLOW} in 1.0; {@code STRUCTURE},
 * {@code STRUCTURE_ID} and optional {@code STRUCTURE_NAME}, {@code ACTION}, {@code SERIES_KEY},
 * {@code OBS_KEY} in 2.x). Labels come in two shapes: a header {@code "ID: Name"} whose values
 * are {@code "code: label"} (labels=both), or, in 2.x files with {@code STRUCTURE_NAME}, a label
 * column after every component column (labels=name). Headers that are not SDMX ids (Eurostat's
 * {@code LAST UPDATE}) are ignored; so are attribute columns.
 */
final class CsvColumns {

    private static final Set<String> STRUCTURAL = Set.of("DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME",
            "ACTION", "SERIES_KEY", "OBS_KEY", "SERIESKEY");

    /** One component column. */
    record Column(int index, String id, boolean labelled, int labelColumn) {
    }

    final boolean version2;
    final int structure;
    final int action;
    final List<Column> dimensions;
    final List<String> dimensionIds;
    final Column time;
    final Column measure;

    private CsvColumns(boolean version2, int structure, int action, List<Column> dimensions, Column time,
            Column measure) {
        this.version2 = version2;
        this.structure = structure;
        this.action = action;
        this.dimensions = List.copyOf(dimensions);
        this.dimensionIds = dimensions.stream().map(Column::id).toList();
        this.time = time;
        this.measure = measure;
    }

    /**
     * Reads a header.
     *
     * @param table the table, positioned after the header
     * @param sdmx  the options naming the time dimension, the measure and possibly the dimensions
     * @return the columns
     * @throws MalformedDataException if it is not an SDMX-CSV header or lacks the time or measure
     *                                column
     */
    static CsvColumns of(CsvTable table, SdmxOptions sdmx) throws MalformedDataException {
        List<String> header = table.header();
        Location at = Location.line(table.source(), table.headerLine());
        List<String> ids = new ArrayList<>();
        List<Boolean> labelled = new ArrayList<>();
        for (String h : header) {
            String id = Codes.code(h);
            int bracket = id.indexOf('[');
            ids.add((bracket > 0 && id.endsWith("]") ? id.substring(0, bracket) : id).strip());
            labelled.add(Codes.label(h) != null);
        }
        String first = ids.isEmpty() ? "" : ids.get(0).toUpperCase(Locale.ROOT);
        if (!first.equals("DATAFLOW") && !first.equals("STRUCTURE")) {
            throw new MalformedDataException(at, "not SDMX-CSV: the first column is '" + header.get(0)
                    + "', expected DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.x)"
                    + (header.size() == 1 ? "; the header has one column only (wrong delimiter?)" : ""));
        }
        boolean names = Roles.find(ids, "STRUCTURE_NAME") >= 0;
        List<Column> components = new ArrayList<>();
        int i = 0;
        while (i < ids.size() && STRUCTURAL.contains(ids.get(i).toUpperCase(Locale.ROOT))) {
            i++;
        }
        while (i < ids.size()) {
            String id = ids.get(i);
            boolean component = Codes.isCode(id) && !STRUCTURAL.contains(id.toUpperCase(Locale.ROOT));
            int label = names && i + 1 < ids.size() ? i + 1 : -1;
            if (component) {
                components.add(new Column(i, id, labelled.get(i), label));
            }
            i += names ? 2 : 1;
        }
        Column measure = find(components, sdmx.measure());
        if (measure == null) {
            throw new MalformedDataException(at, "no measure column '" + sdmx.measure() + "' in the header " + header
                    + (header.size() == 1 ? " (wrong delimiter?)" : ""));
        }
        Column time = find(components, sdmx.time());
        if (time == null) {
            throw new MalformedDataException(at, "no time dimension '" + sdmx.time() + "' in the header " + header
                    + ": a panel needs periods (name the time column with SdmxOptions.withTime)");
        }
        List<Column> dimensions = new ArrayList<>();
        if (sdmx.dimensions() != null) {
            for (String id : sdmx.dimensions()) {
                Column c = find(components, id);
                if (c == null) {
                    throw new MalformedDataException(at, "no column for the dimension '" + id + "' in the header "
                            + header);
                }
                if (c != time) {
                    dimensions.add(c);
                }
            }
        } else {
            for (Column c : components) {
                if (c.index() >= measure.index()) {
                    break;
                }
                if (c != time) {
                    dimensions.add(c);
                }
            }
            if (dimensions.isEmpty()) {
                throw new MalformedDataException(at, "no dimension columns before the measure column '"
                        + header.get(measure.index()) + "'; name the dimensions with SdmxOptions.withDimensions");
            }
        }
        boolean version2 = first.equals("STRUCTURE");
        int structure = version2 ? Roles.find(ids, "STRUCTURE_ID") : 0;
        return new CsvColumns(version2, structure, Roles.find(ids, "ACTION"), dimensions, time, measure);
    }

    private static Column find(List<Column> columns, String id) {
        for (Column c : columns) {
            if (c.id().equalsIgnoreCase(id)) {
                return c;
            }
        }
        return null;
    }
}
