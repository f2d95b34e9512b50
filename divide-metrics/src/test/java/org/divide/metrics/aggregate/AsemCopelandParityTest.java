package org.divide.metrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.divide.metrics.internal.column.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * Copeland scores of the ASEM economies on four pillars' normalised indicators (with missing
 * values) against an R re-run of COINr 1.1.14's {@code outrankMatrix}/{@code a_copeland}
 * (fixture {@code coinr/copeland_asem_reference.csv}); {@link CoinrCopeland} reproduces
 * COINr's order-dependent rule exactly.
 */
class AsemCopelandParityTest {

    @Test
    void coinrRuleMatchesTheReference() {
        CsvTable nrm = CsvTable.resource("D_plain_minmax_amean_dset_Normalised.csv");
        CsvTable meta = CsvTable.at("/org/divide/testdata/asem/ASEM_iMeta.csv");
        CsvTable ref = CsvTable.resource("copeland_asem_reference.csv");
        List<String> economies = nrm.strings("uCode");
        int compared = 0;
        for (String pillar : new String[] {"Physical", "ConEcFin", "Instit", "Social"}) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < meta.rows.size(); i++) {
                if (meta.text(i, "Type").equals("Indicator") && meta.text(i, "Parent").equals(pillar)) {
                    codes.add(meta.text(i, "iCode"));
                }
            }
            double[][] cols = new double[codes.size()][];
            double[] w = new double[codes.size()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = nrm.column(codes.get(c), "uCode", economies);
                w[c] = 1;
            }
            double[] got = CoinrCopeland.scores(cols, w);
            for (int r = 0; r < ref.rows.size(); r++) {
                if (ref.text(r, "pillar").equals(pillar)) {
                    int e = economies.indexOf(ref.text(r, "uCode"));
                    assertEquals(ref.number(r, "score"), got[e], pillar + " " + economies.get(e));
                    compared++;
                }
            }
        }
        assertEquals(4 * 51, compared);
    }
}
