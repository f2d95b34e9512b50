package org.divide.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Seeded test data and the relative tolerance of the Spark-vs-single-machine comparisons. */
final class TestData {

    /** Spark against the single-machine API, relative. */
    static final double RELATIVE = 1e-12;

    private TestData() {
    }

    /**
     * A class-path resource as a file for Spark's readers: copied into a temporary folder under its own
     * file name, since the resource may sit in a jar (divide-testdata's).
     *
     * @param resource the absolute resource name, such as {@code /org/divide/testdata/x/y.csv}
     * @return its path, deleted when the JVM exits
     */
    static Path file(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Path dir = Files.createTempDirectory("divide-spark-test");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param n    the number of values
     * @param seed the seed
     * @param ties whether to round the values so that many tie
     * @return lognormal values (σ = 1)
     */
    static double[] lognormal(int n, long seed, boolean ties) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = Math.exp(random.nextGaussian());
            x[i] = ties ? Math.rint(v * 4) / 4 + 0.25 : v;
        }
        return x;
    }

    /**
     * @param n    the number of weights
     * @param seed the seed
     * @return weights in [0.1, 5), some of them integers, some repeated
     */
    static double[] weights(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i % 5 == 0 ? 1 + random.nextInt(4) : random.nextDouble(0.1, 5);
        }
        return w;
    }

    /**
     * @param n      the number of labels
     * @param seed   the seed
     * @param labels the labels to draw from
     * @return random labels
     */
    static String[] groups(int n, long seed, String... labels) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = labels[random.nextInt(labels.length)];
        }
        return g;
    }

    /**
     * @param expected the single-machine value
     * @param actual   the Spark value
     * @param what     a description
     */
    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(expected - actual) <= RELATIVE * scale,
                () -> what + ": expected " + expected + " but was " + actual + " (relative difference "
                        + Math.abs(expected - actual) / scale + ")");
    }
}
