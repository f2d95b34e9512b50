package org.divide.examples.figures;

import java.io.IOException;
import java.util.Arrays;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.report.TrendSample;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Measure;

/**
 * Theil T of Internet use across people, per year from 2000, split into the parts within and
 * between the FY2026 World Bank income groups, on a balanced panel ({@link TrendSample}): years with
 * values for fewer than 80% of the best-covered year's economies are left out, then only the
 * economies observed in every remaining year are kept, so that every year has the same economies.
 */
public final class DecompositionOverTime {

    private DecompositionOverTime() {
    }

    /**
     * Prints the sample and the decomposition per year.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Grouping income = Economies.worldBank().incomeGroups();
        Panel panel = Samples.classified(DefaultData.load().economies(), income);
        String code = DefaultData.INTERNET_USERS;
        int[] candidates = Arrays.stream(panel.years()).filter(y -> y >= 2000 && y <= 2025).toArray();
        TrendSample sample = TrendSample.of(panel, code, DefaultData.POPULATION, candidates);
        double[][] x = sample.matrix(panel, code);
        double[][] w = sample.matrix(panel, DefaultData.POPULATION);
        String[] groups = Arrays.stream(sample.economies())
                .mapToObj(e -> income.label(panel.economies().get(e).code()).orElseThrow()).toArray(String[]::new);

        System.out.println(sample.statement());
        System.out.printf("%5s %8s %8s %8s %9s%n", "Year", "Total", "Within", "Between", "Between%");
        int[] years = sample.years();
        for (int t = 0; t < years.length; t++) {
            Decomposition d = Measure.theilT().decompose(x[t], w[t], groups);
            System.out.printf("%5d %8.4f %8.4f %8.4f %9.1f%n", years[t], d.total(), d.within(), d.between(),
                    100 * d.between() / d.total());
        }
    }
}
