package org.divide.metrics.inference;

import static org.divide.metrics.inference.JackknifeTest.MEAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Statistical accuracy of the bootstrap against known results: the standard error of the mean,
 * coverage on normal data, BCa against the exact interval on skewed data, weighted resampling
 * against its analytic standard error. All seeded, so the outcomes are fixed; the tolerances are a
 * few Monte Carlo standard errors.
 */
class BootstrapAccuracyTest {

    @Test
    void standardErrorOfTheMeanIsThePopulationSdOverRootN() {
        // Var*(mean*) = (1/n) (1/n) sum (x - xbar)^2 = s^2/n (n - 1)/n exactly; B = 20000 gives ~0.5%
        double[] x = normal(new SplittableRandom(10), 50, 10, 2);
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double s = Math.sqrt(ss / (x.length - 1));
        double expected = s / Math.sqrt(x.length) * Math.sqrt((x.length - 1.0) / x.length);
        BootstrapInterval ci = Bootstrap.withDefaults().withReplicates(20_000).withSeed(1).interval(MEAN, x);
        assertEquals(expected, ci.standardError(), 0.02 * expected);
        assertEquals(0.0, ci.bias(), 4 * expected / Math.sqrt(20_000));
    }

    @Test
    void coverageOfTheMeanOfNormalData() {
        int datasets = 1500;
        SplittableRandom rng = new SplittableRandom(20);
        Bootstrap percentile = Bootstrap.withDefaults().withReplicates(1000).withMethod(IntervalMethod.PERCENTILE);
        Bootstrap bca = percentile.withMethod(IntervalMethod.BCA);
        int coveredP = 0;
        int coveredB = 0;
        for (int d = 0; d < datasets; d++) {
            double[] x = normal(rng, 40, 10, 2);
            coveredP += percentile.withSeed(d).interval(MEAN, x).contains(10) ? 1 : 0;
            coveredB += bca.withSeed(d).interval(MEAN, x).contains(10) ? 1 : 0;
        }
        // nominal 0.95; with n = 40 the bootstrap intervals are a little short: the percentile
        // interval of the mean is about xbar -/+ 1.96 s sqrt((n-1)/n)/sqrt(n), whose coverage is
        // P(|t_39| < 1.935) = 0.94 (4000 datasets give 0.940 and 0.939). The Monte Carlo standard
        // error of the proportion is 0.006.
        assertTrue(Math.abs(coveredP / (double) datasets - 0.94) < 0.02, "percentile coverage " + coveredP);
        assertTrue(Math.abs(coveredB / (double) datasets - 0.94) < 0.02, "BCa coverage " + coveredB);
    }

    @Test
    void bcaIsCloserThanPercentileToTheExactIntervalOfAnExponentialMean() {
        // exact 90% interval for the mean of n exponentials: [2n xbar / chi2_{2n}(0.95), 2n xbar / chi2_{2n}(0.05)]
        int n = 15;
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, 2 * n);
        SplittableRandom rng = new SplittableRandom(30);
        double errorP = 0;
        double errorB = 0;
        int shiftedUp = 0;
        int datasets = 40;
        for (int d = 0; d < datasets; d++) {
            double[] x = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                x[i] = -Math.log(1 - rng.nextDouble());
                mean += x[i] / n;
            }
            double lo = 2 * n * mean / chi2.inverseCumulativeProbability(0.95);
            double hi = 2 * n * mean / chi2.inverseCumulativeProbability(0.05);
            Bootstrap b = Bootstrap.withDefaults().withReplicates(4000).withSeed(d).withConfidence(0.9);
            BootstrapInterval p = b.withMethod(IntervalMethod.PERCENTILE).interval(MEAN, x);
            BootstrapInterval c = b.interval(MEAN, x);
            assertEquals(IntervalMethod.BCA, c.method());
            errorP += (Math.abs(p.lower() - lo) + Math.abs(p.upper() - hi)) / mean;
            errorB += (Math.abs(c.lower() - lo) + Math.abs(c.upper() - hi)) / mean;
            shiftedUp += c.upper() > p.upper() ? 1 : 0;
        }
        assertTrue(errorB < 0.8 * errorP, "BCa error " + errorB + " vs percentile " + errorP);
        assertTrue(shiftedUp > 0.75 * datasets, "BCa upper bound above the percentile one in " + shiftedUp);
    }

    @Test
    void weightedResamplingMovesUnitsWithTheirWeights() {
        // Units (x_i, w_i) with integer w_i. Resampling units gives the weighted mean the variance
        // sum w_i^2 (x_i - mu)^2 / W^2 (linearisation); resampling the frequency-expanded data gives
        // sum w_i (x_i - mu)^2 / W^2. Both are centred on the weighted mean, but they differ: the
        // bootstrap resamples units (economies), not the individuals a weight counts.
        SplittableRandom rng = new SplittableRandom(40);
        int n = 80;
        double[] x = normal(rng, n, 5, 1);
        double[] w = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 1 + rng.nextInt(6);
            total += (int) w[i];
        }
        double[] expanded = new double[total];
        double mu = 0;
        for (int i = 0, k = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++) {
                expanded[k++] = x[i];
            }
            mu += w[i] * x[i] / total;
        }
        double unitVar = 0;
        double expandedVar = 0;
        for (int i = 0; i < n; i++) {
            unitVar += w[i] * w[i] * (x[i] - mu) * (x[i] - mu) / ((double) total * total);
            expandedVar += w[i] * (x[i] - mu) * (x[i] - mu) / ((double) total * total);
        }
        Bootstrap b = Bootstrap.withDefaults().withReplicates(20_000).withMethod(IntervalMethod.PERCENTILE);
        BootstrapInterval units = b.interval(MEAN, x, w);
        BootstrapInterval frequency = b.interval(MEAN, expanded);
        assertEquals(mu, units.estimate(), 1e-12);
        assertEquals(mu, frequency.estimate(), 1e-12);
        assertEquals(Math.sqrt(unitVar), units.standardError(), 0.04 * Math.sqrt(unitVar));
        assertEquals(Math.sqrt(expandedVar), frequency.standardError(), 0.04 * Math.sqrt(expandedVar));
        assertEquals(0.0, units.bias(), 4 * units.standardError() / Math.sqrt(20_000));
        assertEquals(0.0, frequency.bias(), 4 * frequency.standardError() / Math.sqrt(20_000));
        // with all weights 1 the weighted bootstrap is the plain one
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        assertEquals(b.interval(MEAN, x).standardError(), b.interval(MEAN, x, ones).standardError(), 0);
    }

    static double[] normal(SplittableRandom rng, int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * rng.nextGaussian();
        }
        return x;
    }
}
