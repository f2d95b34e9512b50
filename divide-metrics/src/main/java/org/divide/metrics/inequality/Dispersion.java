package org.divide.metrics.inequality;

import org.divide.metrics.internal.numeric.Logarithm;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Moment- and deviation-based measures of arrays: coefficient of variation, variance of
 * logarithms, Hoover, Kolm, and the concentration indices of Herfindahl and Rosenbluth. Each is
 * the validating pass (which yields the mean) plus one chunked pass.
 */
final class Dispersion {

    static final String CV = "coefficient of variation";
    static final String VARIANCE_OF_LOGS = "variance of logs";
    static final String HOOVER = "Hoover";
    static final String HERFINDAHL = "Herfindahl";
    static final String ROSENBLUTH = "Rosenbluth";

    private Dispersion() {
    }

    /** @return σ/μ with the population σ (times the correction), {@code NaN} when μ ≤ 0 */
    static Estimate coefficientOfVariation(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(CV, x, w, Domain.POSITIVE_MEAN, options);
        double mu = s.mean();
        if (!(mu > 0)) {
            return s.estimate(Double.NaN);
        }
        double factor = Corrections.factor(options.smallSampleCorrection(), s);
        if (s.isConstant()) {
            return s.estimate(0 * factor);
        }
        ShiftedMoments m = moments(s, mu, false, options);
        return s.estimate(Math.sqrt(m.variance(SmallSampleCorrection.NONE, s.w != null) * factor) / mu);
    }

    /** @return the variance of ln x (population, times the correction) */
    static Estimate varianceOfLogs(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(VARIANCE_OF_LOGS, x, w, Domain.POSITIVE, options);
        if (s.isConstant() && s.min > 0) {
            return s.estimate(0 * Corrections.factor(options.smallSampleCorrection(), s));
        }
        ShiftedMoments m = moments(s, Math.log(s.mean()), true, options);
        return s.estimate(m.variance(SmallSampleCorrection.NONE, s.w != null)
                * Corrections.factor(options.smallSampleCorrection(), s));
    }

    private static ShiftedMoments moments(Sample s, double shift, boolean logs, InequalityOptions options) {
        double[] x = s.x;
        double[] w = s.w;
        return Chunks.reduce(s.size(), options.parallel(), (from, to) -> {
            ShiftedMoments m = new ShiftedMoments(shift);
            for (int i = from; i < to; i++) {
                m.addInRange(logs ? Logarithm.ln(x[i]) : x[i], w == null ? 1 : w[i]);
            }
            return m;
        }, ShiftedMoments::add);
    }

    /** @return Σw|x − μ|/(2Wμ), {@code NaN} when μ ≤ 0 */
    static Estimate hoover(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(HOOVER, x, w, Domain.POSITIVE_MEAN, options);
        double mu = s.mean();
        if (!(mu > 0) || s.isConstant()) {
            return s.estimate(mu > 0 ? 0 : Double.NaN);
        }
        double[] xs = s.x;
        double[] ws = s.w;
        CompensatedSum deviation = Chunks.reduce(s.size(), options.parallel(), (from, to) -> {
            CompensatedSum sum = new CompensatedSum();
            for (int i = from; i < to; i++) {
                sum.add((ws == null ? 1 : ws[i]) * Math.abs(xs[i] - mu));
            }
            return sum;
        }, (a, b) -> {
            a.add(b);
            return a;
        });
        return s.estimate(deviation.value() / s.totalWeight / (2 * mu));
    }

    /** @return the Kolm index (1/κ)·ln Σp e^{κ(μ − x)} */
    static Estimate kolm(double[] x, double[] w, double kappa, InequalityOptions options) {
        checkKappa(kappa);
        Sample s = Sample.of(kolmName(kappa), x, w, Domain.ANY, options);
        if (s.isConstant()) {
            return s.estimate(0);
        }
        double[] xs = s.x;
        double[] ws = s.w;
        // K_κ(x) = 2^s·K_{κ·2^s}(x·2^−s): the exponents κ(x − b) are those of the data, exactly
        double shiftedKappa = Math.min(Math.scalb(kappa, s.xShift), Double.MAX_VALUE);
        // the base must be a value with positive weight (else every e^{−κ(x − b)} may underflow):
        // the minimum when unweighted, the running minimum of the weighted values otherwise
        double base = ws == null ? s.min : Double.NaN;
        KolmSums sums = Chunks.reduce(s.size(), options.parallel(), (from, to) -> {
            KolmSums k = new KolmSums(shiftedKappa, base);
            for (int i = from; i < to; i++) {
                k.addInRange(xs[i], ws == null ? 1 : ws[i]);
            }
            return k;
        }, KolmSums::add);
        return s.estimate(Magnitude.unscale(sums.value(), s.xShift, kolmName(kappa)));
    }

    /**
     * @param kappa the Kolm parameter
     * @return the measure's name
     */
    static String kolmName(double kappa) {
        return "Kolm(" + Entropy.format(kappa) + ")";
    }

    /**
     * @param kappa the Kolm parameter
     * @throws IllegalArgumentException unless it is finite and {@code > 0}
     */
    static void checkKappa(double kappa) {
        if (!(kappa > 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and > 0: " + kappa);
        }
    }

    /** @return Σ w (x/T)², T = Σ w x (weights act as frequencies) */
    static Estimate herfindahl(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(HERFINDAHL, x, w, Domain.NON_NEGATIVE, options);
        double total = s.total;
        if (!(total > 0)) {
            return s.estimate(Double.NaN);
        }
        double[] xs = s.x;
        double[] ws = s.w;
        CompensatedSum squares = Chunks.reduce(s.size(), options.parallel(), (from, to) -> {
            CompensatedSum sum = new CompensatedSum();
            for (int i = from; i < to; i++) {
                double share = xs[i] / total;
                sum.add((ws == null ? 1 : ws[i]) * share * share);
            }
            return sum;
        }, (a, b) -> {
            a.add(b);
            return a;
        });
        return s.estimate(Magnitude.unscale(squares.value(), -s.wShift, HERFINDAHL));
    }

    /** @return 1/(W(1 − G)) (weights act as frequencies) */
    static Estimate rosenbluth(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(ROSENBLUTH, x, w, Domain.NON_NEGATIVE, options);
        double g = s.isConstant() ? GiniIndex.constant(s) : GiniIndex.uncorrected(s, options.parallel());
        return s.estimate(Magnitude.unscale(1 / (s.totalWeight * (1 - g)), -s.wShift, ROSENBLUTH));
    }
}
