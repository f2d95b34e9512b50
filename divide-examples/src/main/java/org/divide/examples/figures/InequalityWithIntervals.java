package org.divide.examples.figures;

import java.io.IOException;
import java.util.List;

import org.divide.core.Economies;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.inference.IntervalMethod;

/**
 * Population-weighted Gini and Theil T across economies of the report's key indicators, each with a
 * 95% bootstrap BCa interval (500 replicates, seed 20260101 as the report's default).
 */
public final class InequalityWithIntervals {

    /** The indicators of the table, as in the report. */
    static final List<String> INDICATORS = List.of(DefaultData.INTERNET_USERS, DefaultData.BROADBAND,
            DefaultData.SECURE_SERVERS, DefaultData.GENAI_USE, DefaultData.TOP500_RMAX, DefaultData.GDP_PER_CAPITA);

    private InequalityWithIntervals() {
    }

    /**
     * Prints Gini and Theil T with their intervals.
     *
     * @param args optionally the seed
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20_260_101L;
        Panel panel = Samples.classified(DefaultData.load().economies(), Economies.worldBank().incomeGroups());
        Bootstrap bootstrap = Bootstrap.withDefaults().withReplicates(500).withSeed(seed)
                .withMethod(IntervalMethod.BCA);

        System.out.printf("%-18s %5s %4s %8s %17s %8s %17s%n", "Indicator", "Year", "n", "Gini", "95% BCa", "Theil T",
                "95% BCa");
        for (String code : INDICATORS) {
            int year = panel.latestYear(code, 0.4).orElse(0);
            if (year == 0) {
                continue;
            }
            double[][] xw = Samples.sample(panel, code, year);
            BootstrapInterval gini = bootstrap.interval(Inequality::gini, xw[0], xw[1]);
            BootstrapInterval theil = bootstrap.interval(Inequality::theilT, xw[0], xw[1]);
            System.out.printf("%-18s %5d %4d %8.4f [%7.4f, %7.4f] %8.4f [%7.4f, %7.4f]%n", code, year, xw[0].length,
                    gini.estimate(), gini.lower(), gini.upper(), theil.estimate(), theil.lower(), theil.upper());
        }
    }
}
