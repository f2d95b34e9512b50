package org.divide.examples.figures;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.divide.core.Economies;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.report.TrendSample;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;

/**
 * σ-convergence: the population-weighted Gini per year (2000–2025) of Internet use, mobile and fixed
 * broadband subscriptions, with 95% bootstrap bands (200 replicates) and the trend's verdict, from
 * {@link org.divide.metrics.dynamics.SigmaConvergence}, each on its balanced panel
 * ({@link TrendSample}: thin years left out, then the economies observed in every remaining year), so
 * that a change of sample is not read as a trend.
 */
public final class SigmaConvergence {

    private SigmaConvergence() {
    }

    /**
     * Prints each indicator's sample, its Gini per year and the verdict.
     *
     * @param args optionally the seed
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20_260_101L;
        Panel panel = Samples.classified(DefaultData.load().economies(), Economies.worldBank().incomeGroups());
        int[] candidates = Arrays.stream(panel.years()).filter(y -> y >= 2000 && y <= 2025).toArray();
        org.divide.metrics.dynamics.SigmaConvergence sigma = org.divide.metrics.dynamics.SigmaConvergence
                .of(Measure.gini()).withBootstrap(Bootstrap.withDefaults().withReplicates(200).withSeed(seed));

        for (String code : List.of(DefaultData.INTERNET_USERS, DefaultData.MOBILE, DefaultData.BROADBAND)) {
            TrendSample sample = TrendSample.of(panel, code, DefaultData.POPULATION, candidates);
            SigmaConvergenceResult r = sigma.withName(panel.indicator(code).name()).compute(sample.years(),
                    sample.matrix(panel, code), sample.matrix(panel, DefaultData.POPULATION));
            System.out.printf("%s: %s (slope %.5f per year, p = %.3g)%n", panel.indicator(code).name(), r.verdict(),
                    r.trend().slope(), r.trend().p());
            System.out.println(sample.statement());
            System.out.printf("%5s %4s %8s %8s %8s%n", "Year", "n", "Gini", "low", "high");
            for (int i = 0; i < r.years().length; i++) {
                System.out.printf("%5d %4d %8.4f %8.4f %8.4f%n", r.years()[i], r.observations()[i], r.values()[i],
                        r.lower()[i], r.upper()[i]);
            }
        }
    }
}
