package org.divide.metrics.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.divide.metrics.internal.column.CsvTable;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * {@link StrengthsWeaknesses#byRank} against COINr's {@code get_str_weak} logic run in R on COINr's
 * own normalised ASEM data (reference and provenance: {@code /org/divide/metrics/profile/}):
 * eight economies, ranks overall and within {@code EurAsia_group}, with and without the
 * unique-value filter; codes, order and ranks all equal.
 */
class StrengthsWeaknessesAsemTest {

    @Test
    void matchesTheRTranscriptionOfGetStrWeak() {
        CsvTable norm = CsvTable.at("/org/divide/testdata/coinr/D_plain_minmax_amean_dset_Normalised.csv");
        CsvTable ref = CsvTable.at("/org/divide/metrics/profile/str_weak_asem_reference.csv");
        List<String> units = norm.strings("uCode");
        List<String> codes = norm.header.subList(2, norm.header.size());
        double[][] cols = new double[codes.size()][];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = norm.column(codes.get(i), "uCode", units);
        }
        String[] groups = new String[units.size()];
        for (int e = 0; e < groups.length; e++) {
            groups[e] = AsemFixture.grouping("EurAsia_group").label(units.get(e)).orElseThrow();
        }
        int checked = 0;
        for (int row = 0; row < ref.rows.size(); row += 10) {
            String unit = ref.text(row, "unit");
            boolean grouped = !ref.text(row, "use_group").equals("none");
            double unq = ref.text(row, "unq_discard").isEmpty() ? Double.NaN : ref.number(row, "unq_discard");
            StrengthsWeaknesses.Result r = StrengthsWeaknesses.byRank(codes, cols, units.indexOf(unit),
                    grouped ? groups : null, 5, 5, unq, true);
            List<StrengthsWeaknesses.Entry> got = new ArrayList<>(r.strengths());
            got.addAll(r.weaknesses());
            for (int j = 0; j < 10; j++) {
                String where = unit + " " + ref.text(row, "use_group") + " " + unq + " #" + j;
                assertEquals(ref.text(row + j, "code"), got.get(j).code(), where);
                assertEquals(ref.number(row + j, "rank"), got.get(j).rank(), 0.0, where);
                checked++;
            }
        }
        assertEquals(320, checked);
    }
}
