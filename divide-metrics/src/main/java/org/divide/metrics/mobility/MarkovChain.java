package org.divide.metrics.mobility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divide.metrics.internal.column.Args;

/**
 * A discrete Markov chain of k classes estimated from observed transitions, with giddy's
 * conventions ({@code giddy.markov.Markov} and {@code giddy.ergodic}, giddy 2.3).
 *
 * <ul>
 *   <li><b>Transitions</b>: t_ij counts the moves from class i in one period to class j in the
 *       next, pooled over all consecutive periods ({@link #of(int[][], int)}); a move with a
 *       missing class (−1) at either end is not counted ({@link #skipped()}).</li>
 *   <li><b>Probabilities</b>: p_ij = t_ij / Σ_j t_ij. A class never left from (a row without
 *       observations) has a row of zeros, as giddy's default; {@link #withEmptyClassesFilled()}
 *       sets its p_ii = 1 instead (giddy's {@code fill_empty_classes=True}), which makes the
 *       matrix stochastic.</li>
 *   <li><b>Steady states</b> ({@link #steadyStates()}): one stationary distribution per closed
 *       (recurrent) communication class, supported on that class, ordered by the class's
 *       smallest state (QuantEcon's {@code stationary_distributions}, which giddy returns). An
 *       ergodic chain has one, strictly positive.</li>
 *   <li><b>Mean first passage times</b> ({@link #firstPassageTimes()}): m_ij, the expected
 *       number of periods to first reach j from i, with the mean recurrence time on the diagonal
 *       (m_jj = 1/π_j for an ergodic chain, Kemeny and Snell 1976, p. 218); infinite when the
 *       chain may never reach j. giddy's {@code mfpt} gives the same numbers for ergodic chains
 *       and for chains whose closed classes are single absorbing states; its older
 *       {@code fmpt_general} gave finite within-class values for transient classes, which are
 *       not expectations (a transient state may never be reached again) and which this class
 *       reports as infinite.</li>
 *   <li><b>Sojourn times</b> ({@link #sojournTimes()}): 1/(1 − p_ii), the expected number of
 *       periods spent in class i once entered; infinite for p_ii = 1, {@code NaN} for a class
 *       with no observations.</li>
 * </ul>
 * Steady states and first passage times need a stochastic matrix: with empty classes left
 * unfilled they throw, as giddy raises, naming the classes.
 *
 * <p>References: Kemeny, J. G. and Snell, J. L. (1976). Finite Markov Chains. Springer.
 * Rey, S. J. (2001). Spatial analysis of regional income inequality. Geographical Analysis 33(3),
 * 195–214. doi:10.1111/j.1538-4632.2001.tb00444.x. Immutable and thread-safe.
 */
public final class MarkovChain {

    private final double[][] counts;
    private final double[][] p;
    private final boolean filled;
    private final long skipped;

    private MarkovChain(double[][] counts, boolean filled, long skipped) {
        this.counts = counts;
        this.filled = filled;
        this.skipped = skipped;
        int k = counts.length;
        p = new double[k][k];
        for (int i = 0; i < k; i++) {
            double row = 0;
            for (double c : counts[i]) {
                row += c;
            }
            for (int j = 0; j < k; j++) {
                p[i][j] = row == 0 ? 0 : counts[i][j] / row;
            }
            if (row == 0 && filled) {
                p[i][i] = 1;
            }
        }
    }

    /**
     * The chain of the classes of n units over t periods.
     *
     * @param classes {@code classes[unit][period]}: each unit's class, 0 … k − 1, or −1 when
     *                missing; rows may differ in length only if ragged panels are meant (each row
     *                is a sequence of its own); not modified
     * @param k       the number of classes, ≥ 1
     * @return the chain
     * @throws IllegalArgumentException if {@code classes} or a row is {@code null}, {@code k < 1},
     *                                  or a class is outside −1 … k − 1
     */
    public static MarkovChain of(int[][] classes, int k) {
        Args.notNull("classes", classes);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
        double[][] t = new double[k][k];
        long skipped = 0;
        for (int u = 0; u < classes.length; u++) {
            int[] row = Args.notNull("classes[" + u + "]", classes[u]);
            for (int s = 0; s < row.length; s++) {
                if (row[s] < -1 || row[s] >= k) {
                    throw new IllegalArgumentException("classes[" + u + "][" + s + "] is not a class in -1 … "
                            + (k - 1) + ": " + row[s]);
                }
                if (s == 0) {
                    continue;
                }
                if (row[s - 1] < 0 || row[s] < 0) {
                    skipped++;
                } else {
                    t[row[s - 1]][row[s]]++;
                }
            }
        }
        return new MarkovChain(t, false, skipped);
    }

    /**
     * The chain of a matrix of transition counts.
     *
     * @param counts the k × k counts, finite and ≥ 0; not modified
     * @return the chain
     * @throws IllegalArgumentException if the matrix is empty, not square, or holds a negative or
     *                                  non-finite count
     */
    public static MarkovChain ofCounts(double[][] counts) {
        Args.notNull("counts", counts);
        int k = counts.length;
        if (k == 0) {
            throw new IllegalArgumentException("counts is empty");
        }
        double[][] t = new double[k][];
        for (int i = 0; i < k; i++) {
            t[i] = Args.notNull("counts[" + i + "]", counts[i]).clone();
            if (t[i].length != k) {
                throw new IllegalArgumentException("counts must be square: row " + i + " has " + t[i].length
                        + " entries, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                if (!(t[i][j] >= 0) || Double.isInfinite(t[i][j])) {
                    throw new IllegalArgumentException("counts[" + i + "][" + j + "] must be finite and >= 0: "
                            + t[i][j]);
                }
            }
        }
        return new MarkovChain(t, false, 0);
    }

    /** @return the same chain with p_ii = 1 for every class without observations (giddy's {@code fill_empty_classes}) */
    public MarkovChain withEmptyClassesFilled() {
        return new MarkovChain(counts, true, skipped);
    }

    /** @return k, the number of classes */
    public int k() {
        return counts.length;
    }

    /** @return a copy of the transition counts t_ij */
    public double[][] counts() {
        return copy(counts);
    }

    /** @return a copy of the transition probabilities p_ij (rows of zeros for empty classes unless filled) */
    public double[][] probabilities() {
        return copy(p);
    }

    /** @return the number of moves not counted because a class was missing at either end */
    public long skipped() {
        return skipped;
    }

    /** @return the classes without observations (rows of zero counts), ascending */
    public int[] emptyClasses() {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (Arrays.stream(counts[i]).sum() == 0) {
                empty.add(i);
            }
        }
        return empty.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return whether empty classes were filled with p_ii = 1 */
    public boolean emptyClassesFilled() {
        return filled;
    }

    /**
     * The communication classes of the chain (sets of states that reach one another).
     *
     * @return the classes, each ascending, ordered by their smallest state
     * @throws IllegalStateException if a class has no observations and was not filled
     */
    public List<int[]> communicationClasses() {
        return structure().classes.stream().map(int[]::clone).toList();
    }

    /**
     * The closed (recurrent) communication classes.
     *
     * @return the classes, each ascending, ordered by their smallest state
     * @throws IllegalStateException if a class has no observations and was not filled
     */
    public List<int[]> recurrentClasses() {
        return structure().recurrent.stream().map(int[]::clone).toList();
    }

    /**
     * Whether the chain is irreducible (one communication class: every class reaches every other).
     *
     * @return whether irreducible
     * @throws IllegalStateException if a class has no observations and was not filled
     */
    public boolean irreducible() {
        return structure().classes.size() == 1;
    }

    /**
     * The steady states: one stationary distribution per recurrent class (see the class
     * description). Each satisfies πP = π and Σπ = 1.
     *
     * @return the distributions over the k classes, one per recurrent class
     * @throws IllegalStateException if a class has no observations and was not filled
     */
    public List<double[]> steadyStates() {
        ChainStructure s = structure();
        List<double[]> out = new ArrayList<>();
        for (int[] c : s.recurrent) {
            out.add(Stationary.of(p, c));
        }
        return out;
    }

    /**
     * The mean first passage times, recurrence times on the diagonal (see the class description).
     *
     * @return m_ij, {@link Double#POSITIVE_INFINITY} where j may never be reached from i
     * @throws IllegalStateException if a class has no observations and was not filled
     */
    public double[][] firstPassageTimes() {
        return FirstPassage.of(p, structure());
    }

    /** @return the sojourn times 1/(1 − p_ii); infinite for p_ii = 1, {@code NaN} for an empty class not filled */
    public double[] sojournTimes() {
        double[] s = new double[p.length];
        int[] empty = emptyClasses();
        for (int i = 0; i < p.length; i++) {
            s[i] = p[i][i] == 1 ? Double.POSITIVE_INFINITY : 1 / (1 - p[i][i]);
        }
        if (!filled) {
            for (int i : empty) {
                s[i] = Double.NaN;
            }
        }
        return s;
    }

    private ChainStructure structure() {
        int[] empty = emptyClasses();
        if (empty.length > 0 && !filled) {
            throw new IllegalStateException(empty.length + " class" + (empty.length == 1 ? " has" : "es have")
                    + " no observed transitions (" + Arrays.toString(empty) + "): the probabilities are not a"
                    + " stochastic matrix; withEmptyClassesFilled() sets p_ii = 1 for them");
        }
        return new ChainStructure(p);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** @return k and the counts */
    @Override
    public String toString() {
        return "MarkovChain[k=" + counts.length + ", counts=" + Arrays.deepToString(counts) + "]";
    }
}
