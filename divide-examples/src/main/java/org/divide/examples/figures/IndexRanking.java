package org.divide.examples.figures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.divide.core.Panel;

import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;

import org.divide.metrics.uncertainty.EconomyUncertainty;
import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

/**
 * The illustrative AI foundations index (not the IMF's index), built with the composite pipeline,
 * and its top 20 with 5–95% rank intervals from seeded Monte Carlo runs that vary imputation,
 * winsorisation, normalisation and weights (±25%). The report uses 200 runs; this example 40.
 */
public final class IndexRanking {

    private IndexRanking() {
    }

    /**
     * Prints the top 20 of the index with rank intervals.
     *
     * @param args optionally the seed and the number of runs
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20_260_101L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Panel economies = DefaultData.load().economies();
        IndexData data = AiFoundations.data(economies);
        String grouping = data.groupings().keySet().iterator().next();
        CompositeIndex index = CompositeIndex.of(AiFoundations.spec(grouping));

        List<EconomyUncertainty> ranked = new ArrayList<>(IndexUncertainty.of(index, data)
                .withAssumptions(AiFoundations.assumptions(grouping))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(runs).withSeed(seed))
                .withFailurePolicy(FailurePolicy.MISSING)
                .monteCarlo().economies());
        ranked.removeIf(e -> Double.isNaN(e.nominalRank()));
        ranked.sort(Comparator.comparingDouble(EconomyUncertainty::nominalRank));

        System.out.printf("%4s %-28s %7s %13s%n", "Rank", "Economy", "Score", "Rank 5-95%");
        for (EconomyUncertainty e : ranked.subList(0, Math.min(20, ranked.size()))) {
            String name = economies.economy(e.economy()).name();
            System.out.printf("%4.0f %-28s %7.2f %6.0f-%-6.0f%n", e.nominalRank(), name, e.nominalScore(), e.rankLow(),
                    e.rankHigh());
        }
        System.out.printf("%d economies ranked, %d runs, seed %d%n", ranked.size(), runs, seed);
    }
}
