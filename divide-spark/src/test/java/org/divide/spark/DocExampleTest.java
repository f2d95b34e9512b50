package org.divide.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;
import org.divide.spark.examples.SyntheticGini;
import org.junit.jupiter.api.Test;

/** The Java example of docs/spark.md, compiled and run (keep the two in step). */
class DocExampleTest {

    @Test
    void theDocumentedExampleRuns() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> people = SyntheticGini.data(spark, 10_000, 1)      // id, income, weight, region
                .withColumnRenamed("region", "country");

        // --- docs/spark.md example begins
        SparkInequality income = SparkInequality.of(people, "income").withWeight("weight")
                .withOptions(InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP));

        double theil = income.compute(Measure.theilT().withOptions(income.options())); // one aggregation pass
        GroupedSummary byCountry = income.summary(MeasureSet.standard(), "country"); // one pass, all groups
        Decomposition theilT = byCountry.decompositions().get(1.0);          // exact within + between

        LorenzResult exact = income.lorenz(100);                              // one global sort
        double gini = exact.gini();                                           // = Inequality.gini(x, w)
        double palma = exact.palma();
        double bottom40 = exact.curve().share(0.4);

        ApproximateLorenz quick = income.approximateLorenz(100, 0.001);       // quantile sketch, no sort
        double giniLowerBound = quick.gini();                                 // exact Gini ≤ this + quick.giniError()

        Dataset<Row> perCountry = people.groupBy("country").agg(              // aggregators in plain Spark
                InequalityAggregators.column(InequalityAggregators.of(Measure.atkinson(1)), col("income"), col("weight"))
                        .as("atkinson_1"));
        // --- docs/spark.md example ends

        assertEquals(theil, theilT.total(), 1e-12 * theil);
        assertEquals(5, byCountry.groups().size());
        assertTrue(gini > 0 && palma > 0 && bottom40 > 0 && bottom40 < 0.4);
        assertTrue(giniLowerBound <= gini + 1e-9 && gini <= giniLowerBound + quick.giniError() + 1e-9);
        assertEquals(5, perCountry.count());
    }
}
