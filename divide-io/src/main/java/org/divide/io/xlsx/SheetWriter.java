package org.divide.io.xlsx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.csv.MissingCells;
import org.divide.io.internal.FormulaGuard;

/** Fills one sheet of an {@link XlsxWriter}: rows of text and numeric cells. */
final class SheetWriter {

    /** How many rows SXSSF keeps in memory. */
    static final int WINDOW = 200;

    /** What a sheet holds, written on demand. */
    @FunctionalInterface
    interface Body {
        void write(SheetWriter out);
    }

    /** A named sheet. */
    record Content(String name, Body body) {
    }

    private final Sheet sheet;
    private Row row;
    private int column;

    SheetWriter(Sheet sheet) {
        this.sheet = sheet;
    }

    void writeLong(Panel panel, MissingCells missing) {
        header(List.of("economy", "indicator", "year", "value"));
        int[] years = panel.years();
        List<Economy> economies = panel.economies();
        List<Indicator> indicators = panel.indicators();
        for (int e = 0; e < economies.size(); e++) {
            for (int i = 0; i < indicators.size(); i++) {
                for (int y = 0; y < years.length; y++) {
                    double v = panel.value(e, i, y);
                    if (!Double.isNaN(v) || missing == MissingCells.WRITE_EMPTY) {
                        next();
                        text(economies.get(e).code());
                        text(indicators.get(i).code());
                        number(years[y]);
                        number(v);
                    }
                }
            }
        }
    }

    void writeIndicatorsAcross(Panel panel) {
        next();
        text("economy");
        text("year");
        for (Indicator indicator : panel.indicators()) {
            text(indicator.code());
        }
        int[] years = panel.years();
        for (int e = 0; e < panel.economyCount(); e++) {
            for (int y = 0; y < years.length; y++) {
                next();
                text(panel.economies().get(e).code());
                number(years[y]);
                for (int i = 0; i < panel.indicatorCount(); i++) {
                    number(panel.value(e, i, y));
                }
            }
        }
    }

    void writeYearsAcross(Panel panel) {
        next();
        text("economy");
        text("indicator");
        int[] years = panel.years();
        for (int year : years) {
            number(year);
        }
        for (int e = 0; e < panel.economyCount(); e++) {
            for (int i = 0; i < panel.indicatorCount(); i++) {
                next();
                text(panel.economies().get(e).code());
                text(panel.indicators().get(i).code());
                for (int y = 0; y < years.length; y++) {
                    number(panel.value(e, i, y));
                }
            }
        }
    }

    void writeTable(List<String> header, List<List<Object>> rows) {
        header(header);
        for (List<Object> cells : rows) {
            next();
            for (Object cell : cells) {
                cell(cell);
            }
        }
    }

    private void header(List<String> names) {
        next();
        for (String name : names) {
            text(name);
        }
    }

    private void cell(Object cell) {
        if (cell == null) {
            column++;
        } else if (cell instanceof Double || cell instanceof Float || cell instanceof BigDecimal) {
            double v = ((Number) cell).doubleValue();
            if (Double.isInfinite(v)) {
                text(Double.toString(v));
            } else {
                number(v);
            }
        } else if (cell instanceof Number n && (n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof Byte || n instanceof BigInteger)) {
            if (XlsxWriter.exact(n)) {
                number(n.doubleValue());
            } else {
                text(n.toString());
            }
        } else if (cell instanceof Boolean b) {
            row.createCell(column++).setCellValue(b);
        } else {
            text(cell.toString());
        }
    }

    private void next() {
        row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
        column = 0;
    }

    private void text(String text) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(FormulaGuard.neutralise(text));
    }

    private void number(double value) {
        if (Double.isNaN(value)) {
            column++;
            return;
        }
        row.createCell(column++).setCellValue(value);
    }
}
