package org.divide.io.internal;

import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.LongLayout;

/**
 * Reads the rows of a long-format table (one value per row) into a collector: the building block
 * of the long CSV and spreadsheet readers.
 */
public final class LongRows {

    private LongRows() {
    }

    /**
     * Reads the rows of an open table into a collector.
     *
     * @param table  the table, positioned after the header
     * @param layout the columns
     * @param c      the collector
     * @throws MalformedDataException on a bad record in strict mode, or a missing column
     */
    public static void read(CsvTable table, LongLayout layout, PanelCollector c) throws MalformedDataException {
        int ec = table.column(layout.economy());
        int nc = layout.economyName() == null ? -1 : table.column(layout.economyName());
        int ic = layout.indicator() == null ? -1 : table.column(layout.indicator());
        int fixed = ic < 0 ? c.indicator(layout.fixedIndicator()) : -1;
        int yc = table.column(layout.year());
        int vc = table.column(layout.value());
        ReadOptions options = c.options();
        c.noRowsAfterHeader(table.source(), table.headerLine());
        for (CsvRow row; (row = table.next()) != null;) {
            String width = table.widthProblem(row);
            if (width != null) {
                c.skip(row.at(), width);
                continue;
            }
            int col = ec;
            try {
                int e = c.economy(row.get(ec), nc < 0 ? null : row.get(nc), row.line());
                col = ic;
                int i = ic < 0 ? fixed : c.indicator(row.get(ic).strip());
                col = yc;
                int y = Values.year(row.get(yc));
                col = vc;
                double v = Values.number(row.get(vc), options);
                col = -1;
                c.put(e, i, y, v, row.line());
            } catch (IllegalArgumentException ex) {
                c.skip(col < 0 ? row.at() : row.at(col), ex);
            }
        }
    }
}
