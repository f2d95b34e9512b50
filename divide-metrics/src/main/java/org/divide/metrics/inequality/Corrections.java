package org.divide.metrics.inequality;

/** The factors of {@link SmallSampleCorrection}. */
final class Corrections {

    private Corrections() {
    }

    /**
     * @param correction        the correction
     * @param n                 the number of observations
     * @param totalWeight       W = Σ w
     * @param sumSquaredWeights Σ w²
     * @param weighted          whether the data carry weights
     * @return the factor: 1, 1/(1 − Σw²/W²), W/(W − 1) or n/(n − 1) ({@code +∞} when n = 1)
     */
    static double factor(SmallSampleCorrection correction, long n, double totalWeight, double sumSquaredWeights,
            boolean weighted) {
        if (correction == SmallSampleCorrection.NONE) {
            return 1;
        }
        if (!weighted || correction == SmallSampleCorrection.RECORDS) {
            return n / (n - 1.0);
        }
        if (correction == SmallSampleCorrection.FREQUENCY) {
            return Double.isInfinite(totalWeight) ? 1 : totalWeight / (totalWeight - 1);
        }
        return 1 / (1 - sumSquaredWeights / totalWeight / totalWeight);
    }

    /**
     * @param correction the correction
     * @param s          the sample
     * @return the factor for the sample
     */
    static double factor(SmallSampleCorrection correction, Sample s) {
        double totalWeight = correction == SmallSampleCorrection.FREQUENCY ? s.trueTotalWeight() : s.totalWeight;
        return factor(correction, s.size(), totalWeight, s.sumSquaredWeights, s.w != null);
    }
}
