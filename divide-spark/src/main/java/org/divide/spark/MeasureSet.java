package org.divide.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.divide.metrics.inequality.Atkinson;
import org.divide.metrics.inequality.CoefficientOfVariation;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.SumBasedMeasure;

/**
 * Which sum-based measures one aggregation pass computes: the weighted mean and the
 * coefficient of variation always, GE(α) for each α (α = 1 is Theil T, α = 0 the mean log
 * deviation) and Atkinson(ε) for each ε. Immutable.
 *
 * @param alphas   the GE parameters, finite, without repetition; copied
 * @param epsilons the Atkinson parameters, finite, without repetition; copied
 */
public record MeasureSet(double[] alphas, double[] epsilons) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Copies and checks the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not finite or repeated
     */
    public MeasureSet {
        alphas = check("alphas", alphas);
        epsilons = check("epsilons", epsilons);
    }

    /** @return the mean and CV only */
    public static MeasureSet meanOnly() {
        return new MeasureSet(new double[0], new double[0]);
    }

    /** @return mean, CV, MLD, Theil T, GE(2), Atkinson(0.5), Atkinson(1), Atkinson(2) */
    public static MeasureSet standard() {
        return new MeasureSet(new double[] {0, 1, 2}, new double[] {0.5, 1, 2});
    }

    /**
     * The set of the given measure objects: the α of each {@link GeneralizedEntropy}, the ε of each
     * {@link Atkinson} (repeats counted once); the {@link CoefficientOfVariation} is always in the set.
     * Only the parameters are taken: a summary applies the options of the {@link SparkInequality}
     * that computes it.
     * <pre>{@code
     * Summary s = income.summary(MeasureSet.of(Measure.theilT(), Measure.theilL(), Measure.atkinson(1)));
     * }</pre>
     *
     * @param measures GE measures, Atkinson measures and the CV
     * @return the set
     * @throws IllegalArgumentException for another measure (compute it with {@link SparkInequality#compute})
     */
    public static MeasureSet of(SumBasedMeasure<?>... measures) {
        double[] alphas = new double[measures.length];
        double[] epsilons = new double[measures.length];
        int a = 0;
        int e = 0;
        for (SumBasedMeasure<?> m : measures) {
            if (m instanceof GeneralizedEntropy ge) {
                a = addOnce(alphas, a, ge.alpha());
            } else if (m instanceof Atkinson at) {
                e = addOnce(epsilons, e, at.epsilon());
            } else if (!(m instanceof CoefficientOfVariation)) {
                throw new IllegalArgumentException(m.name() + " is not part of a summary; use SparkInequality.compute");
            }
        }
        return new MeasureSet(Arrays.copyOf(alphas, a), Arrays.copyOf(epsilons, e));
    }

    private static int addOnce(double[] values, int size, double value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) { // as the constructor compares: -0.0 and 0.0 are one parameter
                return size;
            }
        }
        values[size] = value;
        return size + 1;
    }

    /**
     * @param alphas the GE parameters
     * @return the mean, the CV and GE(α) for each α
     */
    public static MeasureSet generalizedEntropy(double... alphas) {
        return new MeasureSet(alphas, new double[0]);
    }

    /**
     * @param epsilons the Atkinson parameters
     * @return the mean, the CV and Atkinson(ε) for each ε
     */
    public static MeasureSet atkinson(double... epsilons) {
        return new MeasureSet(new double[0], epsilons);
    }

    private static double[] check(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite: " + copy[i]);
            }
            for (int j = 0; j < i; j++) {
                if (copy[j] == copy[i]) {
                    throw new IllegalArgumentException(name + "[" + i + "] repeats " + name + "[" + j + "]: " + copy[i]);
                }
            }
        }
        return copy;
    }

    /** @return a copy of the GE parameters */
    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    /** @return a copy of the Atkinson parameters */
    @Override
    public double[] epsilons() {
        return epsilons.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureSet m && Arrays.equals(alphas, m.alphas) && Arrays.equals(epsilons, m.epsilons);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(alphas) + Arrays.hashCode(epsilons);
    }

    @Override
    public String toString() {
        return "MeasureSet[alphas=" + Arrays.toString(alphas) + ", epsilons=" + Arrays.toString(epsilons) + "]";
    }
}
