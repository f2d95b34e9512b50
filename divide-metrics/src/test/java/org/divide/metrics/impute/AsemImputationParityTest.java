package org.divide.metrics.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.metrics.internal.column.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * Imputation of the ASEM indicators against R re-runs of COINr 1.1.14's imputation functions
 * (fixture {@code coinr/impute_asem_reference.csv}, see its README); every cell, 1e-12 relative.
 */
class AsemImputationParityTest {

    static final double REL = 1e-12;

    @Test
    void everyMethodMatchesTheReference() {
        CsvTable data = CsvTable.at("/org/divide/testdata/asem/ASEM_iData.csv");
        CsvTable meta = CsvTable.at("/org/divide/testdata/asem/ASEM_iMeta.csv");
        CsvTable ref = CsvTable.resource("impute_asem_reference.csv");
        List<String> economies = data.strings("uCode");
        String[] eurAsia = data.strings("EurAsia_group").toArray(new String[0]);
        String[] gdp = data.strings("GDP_group").toArray(new String[0]);
        Map<String, List<String>> pillars = new LinkedHashMap<>();
        Map<String, Direction> direction = new LinkedHashMap<>();
        for (int i = 0; i < meta.rows.size(); i++) {
            if (meta.text(i, "Type").equals("Indicator")) {
                pillars.computeIfAbsent(meta.text(i, "Parent"), k -> new ArrayList<>()).add(meta.text(i, "iCode"));
                direction.put(meta.text(i, "iCode"), Direction.ofSign(Integer.parseInt(meta.text(i, "Direction"))));
            }
        }
        Map<String, double[]> rowWise = new LinkedHashMap<>();
        int rowImputed = 0;
        for (List<String> codes : pillars.values()) {
            double[][] cols = new double[codes.size()][];
            Direction[] dirs = new Direction[codes.size()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = data.column(codes.get(c), "uCode", economies);
                dirs[c] = direction.get(codes.get(c));
            }
            ImputedMatrix m = RowImputation.normalised(cols, dirs, Imputation.mean());
            rowImputed += m.imputed();
            for (int c = 0; c < cols.length; c++) {
                rowWise.put(codes.get(c), m.columns()[c]);
            }
        }
        assertEquals(63, rowImputed);
        int cells = 0;
        for (int r = 0; r < ref.rows.size(); r++) {
            String method = ref.text(r, "method");
            String code = ref.text(r, "iCode");
            double[] x = data.column(code, "uCode", economies);
            double[] got;
            switch (method) {
                case "mean":
                    got = Imputation.mean().apply(x).values();
                    break;
                case "median":
                    got = Imputation.median().apply(x).values();
                    break;
                case "groupMean:EurAsia_group":
                    got = Imputation.groupMean(eurAsia).apply(x).values();
                    break;
                case "groupMedian:GDP_group":
                    got = Imputation.groupMedian(gdp).apply(x).values();
                    break;
                case "row":
                    got = rowWise.get(code);
                    break;
                default:
                    throw new AssertionError(method);
            }
            String[] want = ref.text(r, "values").split(";", -1);
            for (int i = 0; i < want.length; i++) {
                String where = method + " " + code + " " + economies.get(i);
                if (want[i].isEmpty()) {
                    assertTrue(Double.isNaN(got[i]), where);
                    continue;
                }
                double w = Double.parseDouble(want[i]);
                double err = w == 0 ? Math.abs(got[i]) : Math.abs(got[i] - w) / Math.abs(w);
                assertTrue(err <= REL, where + ": expected " + w + ", got " + got[i]);
                cells++;
            }
        }
        assertEquals(5 * 51 * 49, cells);
    }
}
