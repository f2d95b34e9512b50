package org.divide.spark;

import static org.divide.spark.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.divide.metrics.inequality.Inequality;
import org.divide.spark.examples.SyntheticGini;
import org.junit.jupiter.api.Test;

/** The example runs, and its exact Gini is the single-machine Gini of the same rows. */
class SyntheticGiniTest {

    @Test
    void exampleRunsAndItsGiniIsExact() {
        int n = 20_000;
        SyntheticGini.Report report = SyntheticGini.run(LocalSpark.session(), n, 7);
        assertEquals(n, report.rows());
        assertEquals(SyntheticGini.REGIONS, report.summary().groups().size());
        assertTrue(report.summaryRowsPerSecondPerCore() > 0 && report.giniOverSort() > 0);
        assertTrue(report.toString().contains("Gini"));
        List<Row> rows = SyntheticGini.data(LocalSpark.session(), n, 7).select("income", "weight").collectAsList();
        double[] x = rows.stream().mapToDouble(r -> r.getDouble(0)).toArray();
        double[] w = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
        assertClose(Inequality.gini(x, w), report.lorenz().gini(), "Gini");
        assertClose(Inequality.theilT(x, w), report.summary().overall().generalizedEntropy(1), "Theil T");
    }
}
