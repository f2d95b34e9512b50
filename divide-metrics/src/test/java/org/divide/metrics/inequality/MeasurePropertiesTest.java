package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based tests (jqwik) of the measure axioms across the whole range of {@code double}:
 * scale invariance at x·2^k for k up to ±1000 and at decimal factors up to the largest and down to
 * the smallest normal double (Kolm: translation invariance and its scaling rule), weight-scale
 * invariance with weights of any magnitude, replication and permutation invariance, the transfer
 * principle, bounds, decomposition identities, and accumulator = array = merged parts. The data
 * are generated with ties, zeros, a single dominant value and sizes down to n = 1 and 2. Seeded,
 * so every run checks the same cases.
 */
@PropertyDefaults(tries = 200)
class MeasurePropertiesTest {

    /** The seed of every property: each run checks the same generated cases. */
    private static final String SEED = "20261206";

    /** Relative tolerance where the data are the same up to an exact power of two. */
    private static final double EXACT = 1e-12;
    /** Tolerance where decimal factors round every value once (relative to max(1, |value|)). */
    private static final double ROUNDED = 1e-9;
    /** Tolerance of identities between separately computed parts (decompositions). */
    private static final double IDENTITY = 1e-10;
    /**
     * Tolerance of a streaming accumulator against the array path: the accumulator scales by its
     * first value instead of the mean, which costs a few digits on data spanning eight decades.
     */
    private static final double STREAMING = 1e-9;

    /** The measures whose value does not change when every value is multiplied by c &gt; 0. */
    static List<Measure> scaleInvariant() {
        return List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2),
                Measure.generalizedEntropy(-1), Measure.generalizedEntropy(0.5), Measure.generalizedEntropy(3.5),
                Measure.atkinson(0.5), Measure.atkinson(1), Measure.atkinson(2), Measure.coefficientOfVariation(),
                Measure.varianceOfLogs(), Measure.hoover(), Measure.palma(), Measure.quantileShareRatio(0.2, 0.2),
                Measure.herfindahl(), Measure.rosenbluth(), Measure.wolfson());
    }

    /** Every measure. */
    static List<Measure> all() {
        List<Measure> all = new ArrayList<>(scaleInvariant());
        all.add(Measure.equallyDistributedEquivalent(0.5));
        all.add(Measure.equallyDistributedEquivalent(2));
        all.add(Measure.kolm(1));
        all.add(Measure.kolm(0.05));
        return all;
    }

    /** The measures that do not increase under a rank-preserving transfer from richer to poorer. */
    static List<Measure> transferPrinciple() {
        return List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2),
                Measure.generalizedEntropy(-1), Measure.generalizedEntropy(0.5), Measure.generalizedEntropy(3.5),
                Measure.atkinson(0.5), Measure.atkinson(1), Measure.atkinson(2), Measure.coefficientOfVariation(),
                Measure.hoover(), Measure.kolm(1), Measure.herfindahl(), Measure.rosenbluth());
    }

    @Provide
    Arbitrary<Measure> scaleInvariantMeasures() {
        return Arbitraries.of(scaleInvariant());
    }

    @Provide
    Arbitrary<Measure> measures() {
        return Arbitraries.of(all());
    }

    @Provide
    Arbitrary<Measure> transferMeasures() {
        return Arbitraries.of(transferPrinciple());
    }

    @Provide
    Arbitrary<SumBasedMeasure<?>> sumBased() {
        return Arbitraries.of(Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2),
                Measure.generalizedEntropy(-1), Measure.generalizedEntropy(0.5), Measure.atkinson(0.5),
                Measure.atkinson(2), Measure.coefficientOfVariation(), Measure.varianceOfLogs(), Measure.kolm(1));
    }

    /** Values of order 1: ordinary values, ties, zeros and a dominant value; 1 to 30 of them. */
    @Provide
    Arbitrary<double[]> values() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(0.01, 100)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(1.0, 2.0, 5.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(1e3, 1e6)));
        return value.list().ofMinSize(1).ofMaxSize(30).map(MeasurePropertiesTest::toArray)
                .filter(x -> Arrays.stream(x).anyMatch(v -> v > 0));
    }

    /** Weights of order 1 (some zero, not all): real weights and integer frequencies. */
    @Provide
    Arbitrary<double[]> weights() {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(0.1, 10)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 5).map(Integer::doubleValue)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)));
        return weight.list().ofSize(30).map(MeasurePropertiesTest::toArray);
    }

    @Property(seed = SEED)
    void invariantToBinaryScaleOfValues(@ForAll("scaleInvariantMeasures") Measure m, @ForAll("values") double[] x,
            @ForAll @IntRange(min = -1000, max = 1000) int k) {
        double[] data = inDomain(m, x);
        assertClose(m.compute(data), m.compute(scale(data, Math.scalb(1.0, k))), EXACT, m, k);
    }

    @Property(seed = SEED)
    void invariantToDecimalScaleOfValuesUpToTheEdges(@ForAll("scaleInvariantMeasures") Measure m,
            @ForAll("values") double[] x, @ForAll("weights") double[] w) {
        double[] data = inDomain(m, x);
        double[] wk = Arrays.copyOf(w, data.length);
        wk[0] = Math.max(wk[0], 1);
        double expected = m.compute(data, wk);
        double max = Arrays.stream(data).max().orElseThrow();
        double minPositive = Arrays.stream(data).filter(v -> v > 0).min().orElseThrow();
        for (double factor : new double[] {1e300, 1e-300, 1e150, 1e-150}) {
            assertClose(expected, m.compute(scale(data, factor), wk), ROUNDED, m, factor);
        }
        // up to the largest double, and down to the smallest normal one
        double[] top = Arrays.stream(data).map(v -> v / max * Double.MAX_VALUE).toArray();
        assertClose(expected, m.compute(top, wk), ROUNDED, m, "the largest double");
        double[] bottom = Arrays.stream(data).map(v -> v / minPositive * Double.MIN_NORMAL).toArray();
        assertClose(expected, m.compute(bottom, wk), ROUNDED, m, "the smallest normal double");
    }

    @Property(seed = SEED)
    void weightScale(@ForAll("measures") Measure m, @ForAll("values") double[] x, @ForAll("weights") double[] w,
            @ForAll @IntRange(min = -1000, max = 1000) int k) {
        double[] data = inDomain(m, x);
        double[] wk = Arrays.copyOf(w, data.length);
        wk[0] = Math.max(wk[0], 1);
        double expected = m.compute(data, wk);
        double maxWeight = Arrays.stream(wk).max().orElseThrow();
        // the last factor brings the largest weight to the largest double, so that Σw overflows
        for (double c : new double[] {Math.scalb(1.0, k), 1e300, 1e-300, Double.MAX_VALUE / maxWeight * (1 - 0x1p-40)}) {
            // Herfindahl and Rosenbluth count units: weights are frequencies, the index scales as 1/c
            boolean frequencies = m instanceof Herfindahl || m instanceof Rosenbluth;
            double actual = m.compute(data, scale(wk, c));
            assertClose(frequencies ? expected / c : expected, actual, frequencies ? ROUNDED : EXACT, m, c);
        }
    }

    @Property(seed = SEED)
    void unitsMeasuresScaleWithTheValues(@ForAll("values") double[] x,
            @ForAll @IntRange(min = -1000, max = 1000) int k) {
        double c = Math.scalb(1.0, k);
        for (double epsilon : new double[] {0.5, 2}) {
            Measure ede = Measure.equallyDistributedEquivalent(epsilon);
            double[] data = inDomain(ede, x);
            assertClose(ede.compute(data) * c, ede.compute(scale(data, c)), EXACT, ede, k);
        }
        // Kolm's rule: K_κ(c·x) = c·K_{cκ}(x)
        Kolm kolm = Measure.kolm(0.5);
        double kappaScaled = 0.5 * c;
        if (Double.isFinite(kappaScaled)) {
            assertClose(c * Measure.kolm(kappaScaled).compute(x), kolm.compute(scale(x, c)), EXACT, kolm, k);
        }
    }

    @Property(seed = SEED)
    void kolmIsTranslationInvariant(@ForAll("values") double[] x,
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = -1e3, max = 1e3) double shift) {
        Kolm kolm = Measure.kolm(1);
        double[] moved = Arrays.stream(x).map(v -> v + shift).toArray();
        double expected = kolm.compute(x);
        double spread = Arrays.stream(x).max().orElseThrow() + Math.abs(shift);
        assertEquals(expected, kolm.compute(moved), 1e-12 * Math.max(1, spread));
    }

    @Property(seed = SEED)
    void replicationAndFrequencyWeights(@ForAll("measures") Measure m, @ForAll("values") double[] x,
            @ForAll @IntRange(min = 1, max = 4) int times) {
        double[] data = inDomain(m, x);
        double[] counts = new double[data.length];
        List<Double> replicated = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            counts[i] = 1 + (i * 7 + times) % 3;
            for (int r = 0; r < counts[i]; r++) {
                replicated.add(data[i]);
            }
        }
        assertClose(m.compute(toArray(replicated)), m.compute(data, counts), 1e-11, m, times);
        double[] repeated = new double[data.length * times];
        for (int r = 0; r < times; r++) {
            System.arraycopy(data, 0, repeated, r * data.length, data.length);
        }
        boolean frequencies = m instanceof Herfindahl || m instanceof Rosenbluth;
        assertClose(frequencies ? m.compute(data) / times : m.compute(data), m.compute(repeated), 1e-11, m, times);
    }

    @Property(seed = SEED)
    void permutationInvariant(@ForAll("measures") Measure m, @ForAll("values") double[] x,
            @ForAll("weights") double[] w, @ForAll long seed) {
        double[] data = inDomain(m, x);
        double[] wk = Arrays.copyOf(w, data.length);
        wk[0] = Math.max(wk[0], 1);
        double[] px = data.clone();
        double[] pw = wk.clone();
        Random random = new Random(seed);
        for (int i = px.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = px[i];
            px[i] = px[j];
            px[j] = t;
            t = pw[i];
            pw[i] = pw[j];
            pw[j] = t;
        }
        assertClose(m.compute(data, wk), m.compute(px, pw), 1e-12, m, seed);
    }

    @Property(seed = SEED)
    void transferPrinciple(@ForAll("transferMeasures") Measure m, @ForAll("values") double[] x,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        double[] data = inDomain(m, x);
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int i = pick % n;
        int j = n - 1 - (pick / 7) % n;
        if (!(sorted[i] < sorted[j])) {
            return;
        }
        double before = m.compute(sorted);
        double d = (sorted[j] - sorted[i]) / 3;
        sorted[i] += d;
        sorted[j] -= d;
        double after = m.compute(sorted);
        assertTrue(after <= before + 1e-12 * Math.max(1, Math.abs(before)),
                m + ": a transfer from richer to poorer raised it from " + before + " to " + after);
    }

    @Property(seed = SEED)
    void bounds(@ForAll("values") double[] x) {
        int n = x.length;
        double gini = Measure.gini().compute(x);
        assertTrue(gini >= 0 && gini <= 1 - 1.0 / n + 1e-15, "Gini " + gini);
        double hoover = Measure.hoover().compute(x);
        assertTrue(hoover >= 0 && hoover <= 1 - 1.0 / n + 1e-15, "Hoover " + hoover);
        for (double epsilon : new double[] {0.5, 1, 2}) {
            double[] data = inDomain(Measure.atkinson(epsilon), x);
            double a = Measure.atkinson(epsilon).compute(data);
            assertTrue(a >= -1e-15 && a <= 1, "Atkinson " + a);
            double ede = Measure.equallyDistributedEquivalent(epsilon).compute(data);
            double mean = Arrays.stream(data).average().orElseThrow();
            double min = Arrays.stream(data).min().orElseThrow();
            assertTrue(ede >= min * (1 - 1e-12) && ede <= mean * (1 + 1e-12), "EDE " + ede);
        }
        double theil = Measure.theilT().compute(x);
        assertTrue(theil >= -1e-15 && theil <= Math.log(n) + 1e-12, "Theil T " + theil);
        double cv = Measure.coefficientOfVariation().compute(x);
        assertTrue(cv >= 0 && cv <= Math.sqrt(n - 1) + 1e-12, "CV " + cv);
        double h = Measure.herfindahl().compute(x);
        assertTrue(h >= 1.0 / n - 1e-15 && h <= 1 + 1e-15, "Herfindahl " + h);
        double r = Measure.rosenbluth().compute(x);
        assertTrue(r >= 1.0 / n - 1e-15 && r <= 1 + 1e-12, "Rosenbluth " + r);
        double mean = Arrays.stream(x).average().orElseThrow();
        double k = Measure.kolm(1).compute(x);
        assertTrue(k >= -1e-12 && k <= mean - Arrays.stream(x).min().orElseThrow() + 1e-12, "Kolm " + k);
    }

    @Property(seed = SEED)
    void singleObservation(@ForAll("measures") Measure m,
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = 1, max = 1.99) double v,
            @ForAll @IntRange(min = -1022, max = 1023) int k) {
        double x = Math.scalb(v, k);
        double value = m.compute(new double[] {x});
        double expected = m instanceof EquallyDistributedEquivalent ? x
                : m instanceof Herfindahl || m instanceof Rosenbluth ? 1
                : m instanceof QuantileShareRatio q ? q.topShare() / q.bottomShare() : 0;
        assertEquals(expected, value, 1e-15 * Math.max(1, Math.abs(expected)), m + " of one observation " + x);
    }

    @Property(seed = SEED)
    void decompositionsAddUpAtEveryMagnitude(@ForAll("values") double[] x, @ForAll("weights") double[] w,
            @ForAll @IntRange(min = -1000, max = 1000) int k) {
        int[] groups = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            groups[i] = (i * 5 + 1) % 3;
        }
        double[] wk = Arrays.copyOf(w, x.length);
        wk[0] = Math.max(wk[0], 1);
        double weightedTotal = 0;
        for (int i = 0; i < x.length; i++) {
            weightedTotal += wk[i] * x[i];
        }
        net.jqwik.api.Assume.that(weightedTotal > 0); // else every term is NaN (mean 0)
        double c = Math.scalb(1.0, k);
        for (double alpha : new double[] {-1, 0, 0.5, 1, 2}) {
            GeneralizedEntropy ge = Measure.generalizedEntropy(alpha);
            double[] data = inDomain(ge, x);
            Decomposition d = ge.decompose(data, wk, groups);
            assertClose(d.total(), d.within() + d.between(), IDENTITY, ge, alpha);
            assertClose(ge.compute(data, wk), d.total(), IDENTITY, ge, alpha);
            Decomposition scaled = ge.decompose(scale(data, c), scale(wk, 1 / c), groups);
            assertClose(d.total(), scaled.total(), EXACT, ge, k);
            assertClose(d.within(), scaled.within(), EXACT, ge, k);
            assertClose(d.between(), scaled.between(), EXACT, ge, k);
            for (int g = 0; g < d.groups().size(); g++) {
                double mean = d.groups().get(g).mean();
                assertClose(mean * c, scaled.groups().get(g).mean(), EXACT, ge, g);
            }
        }
        Gini gini = Measure.gini();
        Decomposition d = gini.decompose(x, wk, groups);
        assertClose(d.total(), d.within() + d.between() + d.overlap(), IDENTITY, gini, 0);
        assertTrue(d.within() >= -1e-15 && d.between() >= -1e-15 && d.overlap() >= -1e-12, d.toString());
        Decomposition scaled = gini.decompose(scale(x, c), scale(wk, c), groups);
        assertClose(d.total(), scaled.total(), EXACT, gini, k);
        assertClose(d.within(), scaled.within(), EXACT, gini, k);
        assertClose(d.between(), scaled.between(), EXACT, gini, k);
    }

    @Property(seed = SEED)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void accumulatorEqualsArrayEqualsMergedParts(@ForAll("sumBased") SumBasedMeasure<?> m,
            @ForAll("values") double[] x, @ForAll("weights") double[] w,
            @ForAll @IntRange(min = -1000, max = 1000) int k, @ForAll @IntRange(min = -1000, max = 1000) int kw) {
        double[] data = inDomain(m, x);
        double[] wk = Arrays.copyOf(w, data.length);
        wk[0] = Math.max(wk[0], 1);
        double c = Math.scalb(1.0, k);
        double[] sx = scale(data, c);
        double[] sw = scale(wk, Math.scalb(1.0, kw));
        double expected = m.compute(data, wk) * (m instanceof Kolm ? Double.NaN : 1);
        if (m instanceof Kolm kolm) {
            expected = Double.isFinite(kolm.kappa() * c) ? c * Measure.kolm(kolm.kappa() * c).compute(data, wk)
                    : Double.NaN;
        }
        InequalityAccumulator whole = m.accumulator();
        InequalityAccumulator left = m.accumulator();
        InequalityAccumulator right = m.accumulator();
        int cut = data.length / 2;
        for (int i = 0; i < data.length; i++) {
            whole.accept(sx[i], sw[i]);
            (i < cut ? left : right).accept(sx[i], sw[i]);
        }
        double array = m.compute(sx, sw);
        double merged = right.combine(left).getAsDouble();
        if (Double.isNaN(expected)) {
            expected = array;
        } else {
            assertClose(expected, array, EXACT, m, k);
        }
        assertClose(array, whole.getAsDouble(), STREAMING, m, k);
        assertClose(array, merged, STREAMING, m, k);
    }

    /** Zeros replaced by a positive value where the measure requires x &gt; 0. */
    private static double[] inDomain(Measure m, double[] x) {
        if (m.domain() != Domain.POSITIVE) {
            return x;
        }
        return Arrays.stream(x).map(v -> v > 0 ? v : 0.25).toArray();
    }

    private static double[] scale(double[] a, double c) {
        return Arrays.stream(a).map(v -> v * c).toArray();
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertClose(double expected, double actual, double tolerance, Object measure, Object at) {
        if (!Double.isFinite(expected)) {
            assertEquals(expected, actual, measure + " at " + at);
            return;
        }
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), measure + " at " + at);
    }
}
