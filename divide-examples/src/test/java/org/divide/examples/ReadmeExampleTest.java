package org.divide.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.divide.core.Economies;
import org.divide.core.Panel;
import org.divide.io.PanelReader;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Gini;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Java example of the README, line for line, on the files it names. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeExampleRuns() throws IOException, URISyntaxException {
        for (String file : new String[] {"wdi_IT.NET.BBND.P2.csv", "wdi_SP.POP.TOTL.csv"}) {
            Files.copy(Path.of(getClass().getResource("/org/divide/examples/data/" + file).toURI()), dir.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path cwd = dir;

        // --- the README example, with paths resolved against the test folder ---
        PanelReader files = PanelReader.withDefaults();                            // detects each file's format
        Panel wdi = files.read(cwd.resolve("wdi_IT.NET.BBND.P2.csv")).panel()      // fixed broadband per 100
                .join(files.read(cwd.resolve("wdi_SP.POP.TOTL.csv")).panel());     // population
        double[] broadband = wdi.column("IT.NET.BBND.P2", 2022);                   // aligned with wdi.economies()
        double[] people = wdi.column("SP.POP.TOTL", 2022);

        InequalityOptions skip = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP); // economies without data
        Gini gini = Measure.gini().withOptions(skip);
        double g = gini.compute(broadband, people);                                // population-weighted Gini
        Decomposition byIncome = Measure.theilT().withOptions(skip)                // Theil T within/between income groups
                .decompose(broadband, people, Economies.worldBank().incomeGroups().labelIndices(wdi.economies()));
        // --- end of the README example ---

        assertTrue(g > 0.3 && g < 0.7, "broadband is unequally spread across the world's people: " + g);
        assertEquals(byIncome.total(), byIncome.within() + byIncome.between(), 1e-12 * byIncome.total());
        assertTrue(byIncome.between() > byIncome.within(), "most of the broadband divide lies between income groups");
    }
}
