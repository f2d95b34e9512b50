package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.internal.FormulaGuard;
import org.divide.io.internal.Values;

/**
 * Writes panels and tables as CSV: numbers through {@link Values#format(double)}, text through
 * {@link FormulaGuard#neutralise(String)}, fields quoted only where needed, lines ended by
 * {@code \n}.
 */
final class CsvPanelWriter {

    private final CSVPrinter out;

    private CsvPanelWriter(Writer writer, CsvOptions options) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setRecordSeparator("\n")
                .get();
        this.out = format.print(writer);
    }

    static void writeLong(Panel panel, Writer writer, CsvOptions options, MissingCells missing) throws IOException {
        CsvPanelWriter w = new CsvPanelWriter(writer, options);
        w.text("economy", "indicator", "year", "value");
        int[] years = panel.years();
        List<Economy> economies = panel.economies();
        List<Indicator> indicators = panel.indicators();
        for (int e = 0; e < economies.size(); e++) {
            String economy = FormulaGuard.neutralise(economies.get(e).code());
            for (int i = 0; i < indicators.size(); i++) {
                String indicator = FormulaGuard.neutralise(indicators.get(i).code());
                for (int y = 0; y < years.length; y++) {
                    double v = panel.value(e, i, y);
                    if (!Double.isNaN(v) || missing == MissingCells.WRITE_EMPTY) {
                        w.out.printRecord(economy, indicator, Integer.toString(years[y]), Values.format(v));
                    }
                }
            }
        }
        w.out.flush();
    }

    static void writeIndicatorsAcross(Panel panel, Writer writer, CsvOptions options, int onlyYear, boolean yearColumn)
            throws IOException {
        CsvPanelWriter w = new CsvPanelWriter(writer, options);
        List<String> header = new ArrayList<>();
        header.add("economy");
        if (yearColumn) {
            header.add("year");
        }
        for (Indicator indicator : panel.indicators()) {
            header.add(indicator.code());
        }
        w.text(header.toArray(String[]::new));
        int[] years = panel.years();
        int n = panel.indicators().size();
        for (int e = 0; e < panel.economies().size(); e++) {
            for (int y = 0; y < years.length; y++) {
                if (!yearColumn && years[y] != onlyYear) {
                    continue;
                }
                List<String> row = new ArrayList<>(n + 2);
                row.add(FormulaGuard.neutralise(panel.economies().get(e).code()));
                if (yearColumn) {
                    row.add(Integer.toString(years[y]));
                }
                for (int i = 0; i < n; i++) {
                    row.add(Values.format(panel.value(e, i, y)));
                }
                w.out.printRecord(row);
            }
        }
        w.out.flush();
    }

    static void writeYearsAcross(Panel panel, Writer writer, CsvOptions options) throws IOException {
        CsvPanelWriter w = new CsvPanelWriter(writer, options);
        int[] years = panel.years();
        List<String> header = new ArrayList<>();
        header.add("economy");
        header.add("indicator");
        for (int year : years) {
            header.add(Integer.toString(year));
        }
        w.text(header.toArray(String[]::new));
        for (int e = 0; e < panel.economies().size(); e++) {
            for (int i = 0; i < panel.indicators().size(); i++) {
                List<String> row = new ArrayList<>(years.length + 2);
                row.add(FormulaGuard.neutralise(panel.economies().get(e).code()));
                row.add(FormulaGuard.neutralise(panel.indicators().get(i).code()));
                for (int y = 0; y < years.length; y++) {
                    row.add(Values.format(panel.value(e, i, y)));
                }
                w.out.printRecord(row);
            }
        }
        w.out.flush();
    }

    static void writeTable(List<String> header, List<? extends List<?>> rows, Writer writer, CsvOptions options)
            throws IOException {
        CsvPanelWriter w = new CsvPanelWriter(writer, options);
        w.text(header.toArray(String[]::new));
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("rows[" + r + "] has " + row.size() + " cells but the header has "
                        + header.size());
            }
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell(cell));
            }
            w.out.printRecord(cells);
        }
        w.out.flush();
    }

    private static String cell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return Values.format(((Number) cell).doubleValue());
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        return FormulaGuard.neutralise(cell.toString());
    }

    private void text(String... cells) throws IOException {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = FormulaGuard.neutralise(cells[i]);
        }
        out.printRecord((Object[]) safe);
    }
}
