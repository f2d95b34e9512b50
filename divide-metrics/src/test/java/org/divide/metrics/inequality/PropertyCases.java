package org.divide.metrics.inequality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The seeded cases of a property test, and the loop that checks a property on them: each property
 * checks {@link #CASES} cases, case {@code i} drawing its inputs from
 * {@code new SplittableRandom(SEED + i)}, so every run checks the same cases and a failing case is
 * reproduced by its number alone. A failure names the property, the case, the seed and every input
 * drawn (arrays shortened to their first {@value #SHOWN} values and their length).
 *
 * <p>The distributions: {@linkplain #values values} of order 1 with ties, zeros and a dominant
 * value, 1 to 30 of them, at least one positive; {@linkplain #weights weights} real, integer and
 * zero; integers and doubles in a range, an edge drawn one time in {@value #EDGE}; a choice among
 * measures.
 */
final class PropertyCases {

    /** The number of cases each property checks. */
    static final int CASES = 200;

    /** The seed of every property: case {@code i} draws from {@code new SplittableRandom(SEED + i)}. */
    static final long SEED = 20261206L;

    /** The most cases a property may discard ({@link #assume}) per case it checks. */
    private static final int MAX_DISCARD_RATIO = 5;

    /** The values of an array shown in a failure message. */
    private static final int SHOWN = 8;

    /** A number drawn from a range is one of its edges one time in {@code EDGE}. */
    private static final int EDGE = 10;

    /** The most values a {@link #values} array holds. */
    private static final int MAX_SIZE = 30;

    /** The length of a {@link #weights} array: enough for the longest values array. */
    private static final int WEIGHTS = 30;

    /** The source of this case's inputs. */
    private final SplittableRandom random;

    /** Every input drawn so far, by name, as shown in a failure message. */
    private final Map<String, String> drawn = new LinkedHashMap<>();

    /** A property: checks one case, drawing its inputs from it. */
    @FunctionalInterface
    interface Property {
        /**
         * Checks the property on one case.
         *
         * @param c the case, the source of the inputs
         */
        void check(PropertyCases c);
    }

    /** Thrown by {@link #assume} to discard a case. */
    private static final class Discarded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Discarded() {
            super(null, null, false, false);
        }
    }

    private PropertyCases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Checks a property on {@link #CASES} seeded cases. The property is named by the calling test
     * method.
     *
     * @param property the check of one case
     * @throws AssertionError at the first failing case, naming the property, the case number, the
     *     seed and the inputs, with the original failure as its cause; or if more than
     *     {@value #MAX_DISCARD_RATIO} cases were discarded per case checked
     */
    static void forAll(Property property) {
        String name = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst())
                .map(StackWalker.StackFrame::getMethodName).orElse("property");
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            PropertyCases c = new PropertyCases(SEED + i);
            try {
                property.check(c);
                checked++;
            } catch (Discarded discarded) {
                // an input the property does not apply to: not counted as checked
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " failed at case " + i + " of " + CASES + " (seed " + SEED + "): "
                        + c.inputs() + System.lineSeparator() + e.getMessage(), e);
            }
        }
        if ((CASES - checked) > MAX_DISCARD_RATIO * checked) {
            throw new AssertionError(name + ": only " + checked + " of " + CASES + " cases checked (seed " + SEED
                    + "), the others discarded");
        }
    }

    /**
     * Discards this case unless the condition holds (the property does not apply to it).
     *
     * @param condition whether the property applies
     */
    void assume(boolean condition) {
        if (!condition) {
            throw new Discarded();
        }
    }

    /**
     * One of the choices, each equally likely.
     *
     * @param <T> the type of the choices
     * @param name the input's name in a failure message
     * @param choices the choices, at least one
     * @return the choice drawn
     */
    <T> T oneOf(String name, List<? extends T> choices) {
        T choice = choices.get(random.nextInt(choices.size()));
        drawn.put(name, String.valueOf(choice));
        return choice;
    }

    /**
     * Values of order 1: 1 to {@value #MAX_SIZE} of them, at least one positive, each with weights
     * 6:3:1:1 uniform in [0.01, 100], a tie (1, 2 or 5), zero, or a dominant value uniform in
     * [1e3, 1e6].
     *
     * @param name the input's name in a failure message
     * @return the values
     */
    double[] values(String name) {
        double[] x;
        do {
            x = new double[1 + random.nextInt(MAX_SIZE)];
            for (int i = 0; i < x.length; i++) {
                int kind = random.nextInt(11);
                x[i] = kind < 6 ? uniform(0.01, 100)
                        : kind < 9 ? new double[] {1, 2, 5}[random.nextInt(3)]
                        : kind < 10 ? 0
                        : uniform(1e3, 1e6);
            }
        } while (Arrays.stream(x).noneMatch(v -> v > 0));
        drawn.put(name, shorten(x));
        return x;
    }

    /**
     * {@value #WEIGHTS} weights of order 1, each with weights 5:3:1 uniform in [0.1, 10], an integer
     * frequency 1 to 5, or zero (the properties make the first weight at least 1, so not all are zero).
     *
     * @param name the input's name in a failure message
     * @return the weights
     */
    double[] weights(String name) {
        double[] w = new double[WEIGHTS];
        for (int i = 0; i < w.length; i++) {
            int kind = random.nextInt(9);
            w[i] = kind < 5 ? uniform(0.1, 10) : kind < 8 ? 1 + random.nextInt(5) : 0;
        }
        drawn.put(name, shorten(w));
        return w;
    }

    /**
     * An integer in [min, max]: one time in {@value #EDGE} an edge (min, max, or 0 when inside),
     * otherwise uniform.
     *
     * @param name the input's name in a failure message
     * @param min the smallest value
     * @param max the largest value
     * @return the integer drawn
     */
    int intIn(String name, int min, int max) {
        int value;
        if (random.nextInt(EDGE) == 0) {
            int[] edges = min < 0 && max > 0 ? new int[] {min, max, 0} : new int[] {min, max};
            value = edges[random.nextInt(edges.length)];
        } else {
            value = random.nextInt(min, max + 1);
        }
        drawn.put(name, Integer.toString(value));
        return value;
    }

    /**
     * A double in [min, max]: one time in {@value #EDGE} an edge (min or max), otherwise uniform.
     *
     * @param name the input's name in a failure message
     * @param min the smallest value
     * @param max the largest value
     * @return the double drawn
     */
    double doubleIn(String name, double min, double max) {
        double value = random.nextInt(EDGE) == 0 ? (random.nextBoolean() ? min : max) : uniform(min, max);
        drawn.put(name, Double.toString(value));
        return value;
    }

    /**
     * Any {@code long}, uniform.
     *
     * @param name the input's name in a failure message
     * @return the long drawn
     */
    long anyLong(String name) {
        long value = random.nextLong();
        drawn.put(name, Long.toString(value));
        return value;
    }

    /** Uniform in [min, max]. */
    private double uniform(double min, double max) {
        return Math.min(max, min + (max - min) * random.nextDouble());
    }

    /** The inputs drawn, as {@code name = value, ...}. */
    private String inputs() {
        return drawn.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The first {@value #SHOWN} values and the length. */
    private static String shorten(double[] a) {
        String shown = Arrays.stream(a).limit(SHOWN).mapToObj(Double::toString).collect(Collectors.joining(", "));
        return "[" + shown + (a.length > SHOWN ? ", …" : "") + "] (" + a.length + " values)";
    }
}
