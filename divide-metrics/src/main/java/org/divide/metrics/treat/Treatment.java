package org.divide.metrics.treat;

import java.util.List;
import java.util.Objects;

import org.divide.metrics.internal.column.Args;

/**
 * COINr 1.1.14's outlier treatment of one indicator column ({@code Treat} with its default
 * specification), as an immutable, reusable option set:
 *
 * <ol>
 * <li>check the column ({@link SkewKurt}): it passes unless {@code |G1| ≥ 2} and {@code G2 ≥ 3.5};
 *     a passing column is returned untouched;</li>
 * <li>winsorise up to {@code winmax = 5} points toward the skewed side, ties together,
 *     re-checking after each step (see COINr's {@code winsorise});</li>
 * <li>if the winsorised column still fails, apply the fallback transform — {@link Transform#logCT()}
 *     by default — to the <em>original</em> column (or to the winsorised one with
 *     {@link #withCombined}), check once more, and stop there whatever the verdict.</li>
 * </ol>
 *
 * <p>Per-indicator overrides are separate instances: {@link #none()} turns treatment off,
 * {@link #withForcedWinsorisation} winsorises {@code winmax} points regardless of the check.
 * (COINr's {@code force_win} only takes effect when the initial check fails — its issue #53 — and
 * is honoured here in every case.) With {@code winmax = 0} only the transform is used.
 *
 * <p>Missing values stay missing and do not enter any statistic. Cost: O(winmax · n).
 *
 * <pre>{@code
 * TreatmentReport r = Treatment.coinr().apply(column);
 * double[] treated = r.values();
 * }</pre>
 */
public final class Treatment {

    private final boolean enabled;
    private final int winmax;
    private final double skewThreshold;
    private final double kurtThreshold;
    private final boolean force;
    private final Transform fallback;
    private final boolean combined;

    private Treatment(boolean enabled, int winmax, double skewThreshold, double kurtThreshold,
            boolean force, Transform fallback, boolean combined) {
        this.enabled = enabled;
        this.winmax = winmax;
        this.skewThreshold = skewThreshold;
        this.kurtThreshold = kurtThreshold;
        this.force = force;
        this.fallback = fallback;
        this.combined = combined;
    }

    /**
     * COINr's default: winsorise up to 5 points, thresholds 2 and 3.5, fall back to
     * {@code log_CT} on the original data.
     *
     * @return the treatment
     */
    public static Treatment coinr() {
        return new Treatment(true, 5, SkewKurt.SKEW_THRESHOLD, SkewKurt.KURT_THRESHOLD, false,
                Transform.logCT(), false);
    }

    /**
     * No treatment (COINr's {@code "none"}).
     *
     * @return the treatment that returns every column unchanged
     */
    public static Treatment none() {
        return new Treatment(false, 0, SkewKurt.SKEW_THRESHOLD, SkewKurt.KURT_THRESHOLD, false,
                null, false);
    }

    /**
     * The most points winsorisation may change (COINr's {@code winmax}, default 5).
     *
     * @param newWinmax the limit, {@code >= 0}
     * @return a new treatment
     * @throws IllegalArgumentException if {@code newWinmax} is negative
     */
    public Treatment withWinsorisationLimit(int newWinmax) {
        if (newWinmax < 0) {
            throw new IllegalArgumentException("winsorisation limit must be >= 0: " + newWinmax);
        }
        return new Treatment(true, newWinmax, skewThreshold, kurtThreshold, force, fallback,
                combined);
    }

    /**
     * The thresholds of the check (default 2 and 3.5).
     *
     * @param skew the threshold for {@code |G1|}, {@code > 0}
     * @param kurt the threshold for {@code G2}, finite
     * @return a new treatment
     * @throws IllegalArgumentException if a threshold is invalid
     */
    public Treatment withThresholds(double skew, double kurt) {
        Args.positive("skew threshold", skew);
        Args.finite("kurtosis threshold", kurt);
        return new Treatment(true, winmax, skew, kurt, force, fallback, combined);
    }

    /**
     * Whether to winsorise {@code winmax} points regardless of the check (COINr's
     * {@code force_win}).
     *
     * @param newForce {@code true} to force
     * @return a new treatment
     */
    public Treatment withForcedWinsorisation(boolean newForce) {
        return new Treatment(true, winmax, skewThreshold, kurtThreshold, newForce, fallback,
                combined);
    }

    /**
     * The transform applied when winsorisation is not enough (default {@link Transform#logCT()};
     * {@code null} for none, COINr's {@code f2 = NULL}).
     *
     * @param transform the fallback, or {@code null}
     * @return a new treatment
     */
    public Treatment withFallback(Transform transform) {
        return new Treatment(true, winmax, skewThreshold, kurtThreshold, force, transform,
                combined);
    }

    /**
     * Whether the fallback transform is applied to the winsorised column rather than the
     * original (COINr's {@code combine_treat}, default {@code false}).
     *
     * @param newCombined {@code true} to combine
     * @return a new treatment
     */
    public Treatment withCombined(boolean newCombined) {
        return new Treatment(true, winmax, skewThreshold, kurtThreshold, force, fallback,
                newCombined);
    }

    /**
     * Treats a column.
     *
     * @param column the values, {@code NaN} = missing (not modified)
     * @return the treated column and the report
     * @throws IllegalArgumentException if {@code column} is {@code null}
     */
    public TreatmentReport apply(double[] column) {
        Args.notNull("column", column);
        SkewKurt before = SkewKurt.of(column, skewThreshold, kurtThreshold);
        if (!enabled) {
            return new TreatmentReport(column, TreatmentOutcome.DISABLED, List.of(), null, before,
                    null, before);
        }
        boolean undefined = Double.isNaN(before.skewness()) || Double.isNaN(before.kurtosis());
        if (undefined || (before.passes() && !force)) {
            return new TreatmentReport(column, TreatmentOutcome.UNTREATED, List.of(), null, before,
                    null, before);
        }
        Winsorisation.Result win = Winsorisation.apply(column, winmax, skewThreshold,
                kurtThreshold, force);
        if (win.failed()) {
            return new TreatmentReport(column, TreatmentOutcome.UNTREATED, List.of(), null, before,
                    null, before);
        }
        SkewKurt mid = SkewKurt.of(win.values(), skewThreshold, kurtThreshold);
        if (mid.passes() || fallback == null) {
            return new TreatmentReport(win.values(), TreatmentOutcome.WINSORISED, win.points(),
                    null, before, mid, mid);
        }
        double[] base = combined ? win.values() : column;
        double[] out = fallback.apply(base);
        return new TreatmentReport(out, combined ? TreatmentOutcome.WINSORISED_AND_TRANSFORMED
                : TreatmentOutcome.TRANSFORMED, win.points(), fallback.name(), before, mid,
                SkewKurt.of(out, skewThreshold, kurtThreshold));
    }

    /**
     * Whether treatment is on.
     *
     * @return {@code false} for {@link #none()}
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The winsorisation limit.
     *
     * @return the most points winsorisation may change
     */
    public int winsorisationLimit() {
        return winmax;
    }

    /**
     * The fallback transform.
     *
     * @return the transform, or {@code null} if none
     */
    public Transform fallback() {
        return fallback;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Treatment)) {
            return false;
        }
        Treatment t = (Treatment) o;
        return enabled == t.enabled && winmax == t.winmax
                && Double.compare(skewThreshold, t.skewThreshold) == 0
                && Double.compare(kurtThreshold, t.kurtThreshold) == 0 && force == t.force
                && Objects.equals(fallback, t.fallback) && combined == t.combined;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, winmax, skewThreshold, kurtThreshold, force, fallback,
                combined);
    }

    @Override
    public String toString() {
        return enabled ? "Treatment[winmax " + winmax + ", |skew| >= " + skewThreshold
                + " and kurt >= " + kurtThreshold + (force ? ", forced" : "") + ", fallback "
                + fallback + (combined ? " (combined)" : "") + "]" : "Treatment[none]";
    }
}
