package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.internal.FormulaGuard;

/**
 * The CSV panel writers as they were before the byte-level writers (Apache Commons CSV's
 * {@code CSVPrinter}, one {@code String} per cell), kept as the reference the byte-level writers
 * must reproduce; the number formatting is a parameter ({@code Values::format} then, the
 * byte-level writers' {@code NumberText} now).
 */
final class LegacyCsvWriter {

    private final CSVPrinter out;
    private final DoubleFunction<String> format;

    LegacyCsvWriter(Writer writer, CsvOptions options, DoubleFunction<String> format) throws IOException {
        this.out = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setRecordSeparator("\n")
                .get()
                .print(writer);
        this.format = format;
    }

    void writeLong(Panel panel, MissingCells missing) throws IOException {
        text("economy", "indicator", "year", "value");
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
                        out.printRecord(economy, indicator, Integer.toString(years[y]), format.apply(v));
                    }
                }
            }
        }
        out.flush();
    }

    void writeIndicatorsAcross(Panel panel, int onlyYear, boolean yearColumn) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("economy");
        if (yearColumn) {
            header.add("year");
        }
        for (Indicator indicator : panel.indicators()) {
            header.add(indicator.code());
        }
        text(header.toArray(String[]::new));
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
                    row.add(format.apply(panel.value(e, i, y)));
                }
                out.printRecord(row);
            }
        }
        out.flush();
    }

    void writeYearsAcross(Panel panel) throws IOException {
        int[] years = panel.years();
        List<String> header = new ArrayList<>();
        header.add("economy");
        header.add("indicator");
        for (int year : years) {
            header.add(Integer.toString(year));
        }
        text(header.toArray(String[]::new));
        for (int e = 0; e < panel.economies().size(); e++) {
            for (int i = 0; i < panel.indicators().size(); i++) {
                List<String> row = new ArrayList<>(years.length + 2);
                row.add(FormulaGuard.neutralise(panel.economies().get(e).code()));
                row.add(FormulaGuard.neutralise(panel.indicators().get(i).code()));
                for (int y = 0; y < years.length; y++) {
                    row.add(format.apply(panel.value(e, i, y)));
                }
                out.printRecord(row);
            }
        }
        out.flush();
    }

    private void text(String... cells) throws IOException {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = FormulaGuard.neutralise(cells[i]);
        }
        out.printRecord((Object[]) safe);
    }
}
