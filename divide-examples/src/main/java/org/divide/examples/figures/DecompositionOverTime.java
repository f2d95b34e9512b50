package org.divide.examples.figures;

import java.io.IOException;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Measure;

/**
 * Theil T of Internet use across people, per year since 2000, split into the parts within and
 * between the FY2026 World Bank income groups. A year enters when at least half of the classified
 * economies report.
 */
public final class DecompositionOverTime {

    private DecompositionOverTime() {
    }

    /**
     * Prints the decomposition per year.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Grouping income = Economies.worldBank().incomeGroups();
        Panel panel = Samples.classified(DefaultData.load().economies(), income);
        String code = DefaultData.INTERNET_USERS;

        System.out.printf("%5s %8s %8s %8s %9s%n", "Year", "Total", "Within", "Between", "Between%");
        for (int year : panel.years()) {
            if (year < 2000 || panel.countPresent(code, year) < panel.economyCount() / 2) {
                continue;
            }
            double[][] xw = Samples.sample(panel, code, year);
            String[] groups = Samples.groups(panel, code, year, income);
            Decomposition d = Measure.theilT().decompose(xw[0], xw[1], groups);
            System.out.printf("%5d %8.4f %8.4f %8.4f %9.1f%n", year, d.total(), d.within(), d.between(),
                    100 * d.between() / d.total());
        }
    }
}
