package org.divide.bench.composite.pipeline;

import java.util.SplittableRandom;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.metrics.composite.IndexData;

/**
 * A synthetic index: {@code n} economies × {@code k} indicators (lognormal, one in four negative,
 * 5 % missing, seeded), six indicators per pillar, pillars grouped in threes into sub-indices under
 * one index.
 */
final class SyntheticIndex {

    final Framework framework;
    final IndexData data;

    SyntheticIndex(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Framework.Builder fb = Framework.builder();
        int pillars = (k + 5) / 6;
        int subs = (pillars + 2) / 3;
        Panel.Builder pb = Panel.builder();
        for (int e = 0; e < n; e++) {
            pb.addEconomy(Economy.of("E" + e, "Economy " + e));
        }
        for (int i = 0; i < k; i++) {
            String code = "X" + i;
            Direction d = i % 4 == 3 ? Direction.NEGATIVE : Direction.POSITIVE;
            fb.add(Framework.Node.indicator(code, code, "P" + i / 6, 1, d));
            pb.addIndicator(Indicator.of(code));
            double scale = 1 + rng.nextDouble(10);
            for (int e = 0; e < n; e++) {
                if (rng.nextDouble() >= 0.05) {
                    pb.put("E" + e, code, 2020, scale * Math.exp(rng.nextGaussian()));
                }
            }
        }
        for (int p = 0; p < pillars; p++) {
            fb.add(Framework.Node.aggregate("P" + p, "Pillar " + p, "S" + p / 3, 2, 1));
        }
        for (int s = 0; s < subs; s++) {
            fb.add(Framework.Node.aggregate("S" + s, "Sub-index " + s, "Index", 3, 1));
        }
        fb.add(Framework.Node.aggregate("Index", "Index", null, 4, 1));
        framework = fb.build();
        data = IndexData.of(pb.build(), 2020);
    }
}
