package org.divide.bench.composite;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.divide.core.Direction;
import org.divide.metrics.aggregate.Aggregation;
import org.divide.metrics.aggregate.Aggregator;
import org.divide.metrics.normalise.Normalisation;
import org.divide.metrics.normalise.Normaliser;
import org.divide.metrics.rank.Ranking;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Min-max normalisation of every indicator column onto [0, 100] (directions applied), then the
 * weighted arithmetic mean up a three-level framework (indicators → pillars → sub-indices →
 * index, missing values skipped), then competition ranks — the COINr "plain" build without its
 * bookkeeping. Sizes: {@code asem} = 51 economies × 49 indicators in 8 pillars and 2
 * sub-indices (ASEM's shape, 2.5 % missing), {@code large} = 10,000 economies × 100 indicators in
 * 10 pillars and 2 sub-indices. Data are synthetic (seeded), so the benchmark needs no files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompositeBenchmark {

    /** Matrix size. */
    @Param({"asem", "large"})
    public String size;

    /** {@code columns[indicator][economy]}. */
    double[][] columns;
    Normaliser[] normalisers;
    /** Pillar of each indicator; sub-index of each pillar. */
    int[] pillarOf;
    int[] subOf;
    int pillars;
    Aggregator mean;

    /** Builds the synthetic matrix. */
    @Setup
    public void setUp() {
        boolean asem = size.equals("asem");
        int economies = asem ? 51 : 10_000;
        int indicators = asem ? 49 : 100;
        pillars = asem ? 8 : 10;
        Random rnd = new Random(2026);
        columns = new double[indicators][economies];
        normalisers = new Normaliser[indicators];
        pillarOf = new int[indicators];
        for (int k = 0; k < indicators; k++) {
            pillarOf[k] = k * pillars / indicators;
            Direction d = rnd.nextInt(4) == 0 ? Direction.NEGATIVE : Direction.POSITIVE;
            normalisers[k] = Normalisation.minMax(0, 100).withDirection(d);
            double scale = Math.exp(rnd.nextGaussian() * 3);
            for (int e = 0; e < economies; e++) {
                columns[k][e] = rnd.nextInt(40) == 0 ? Double.NaN
                        : scale * Math.exp(rnd.nextGaussian());
            }
        }
        subOf = new int[pillars];
        for (int p = 0; p < pillars; p++) {
            subOf[p] = p < pillars * 5 / 8 ? 0 : 1;
        }
        mean = Aggregation.arithmetic();
    }

    double[][] normalise() {
        double[][] out = new double[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            out[k] = normalisers[k].apply(columns[k]);
        }
        return out;
    }

    double[] aggregate(double[][] normalised) {
        double[][] pillarScores = level(normalised, pillarOf, pillars);
        double[][] subScores = level(pillarScores, subOf, 2);
        return mean.aggregateColumns(subScores, new double[] {1, 1});
    }

    double[][] level(double[][] children, int[] parentOf, int parents) {
        double[][] out = new double[parents][];
        for (int p = 0; p < parents; p++) {
            int n = 0;
            for (int c = 0; c < children.length; c++) {
                n += parentOf[c] == p ? 1 : 0;
            }
            double[][] kids = new double[n][];
            double[] w = new double[n];
            int j = 0;
            for (int c = 0; c < children.length; c++) {
                if (parentOf[c] == p) {
                    kids[j] = children[c];
                    w[j++] = 1;
                }
            }
            out[p] = mean.aggregateColumns(kids, w);
        }
        return out;
    }

    /**
     * Min-max normalisation of every column.
     *
     * @return the normalised columns
     */
    @Benchmark
    public double[][] normaliseAll() {
        return normalise();
    }

    /**
     * Normalise, aggregate to the index and rank.
     *
     * @return the index ranks
     */
    @Benchmark
    public double[] normaliseAggregateRank() {
        return Ranking.competition(aggregate(normalise()));
    }
}
