package org.divide.metrics.composite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.metrics.treat.SkewKurt;
import org.divide.metrics.treat.Transform;
import org.divide.metrics.treat.Treatment;
import org.divide.metrics.treat.TreatmentOutcome;
import org.divide.metrics.treat.TreatmentReport;

/**
 * {@link Treat}: COINr's treatment (or an unconditional transform) of each indicator through
 * {@code org.divide.metrics.treat}; the report maps each indicator code to its
 * {@link TreatmentReport}.
 */
final class Treating implements DataStep {

    private final Plan plan;
    /** Per indicator: the treatment, or null when {@link #transform} applies. */
    private final Treatment[] treatment;
    private final Transform[] transform;
    private final TreatMethod[] method;

    Treating(Treat step, Plan plan) {
        this.plan = plan;
        int k = plan.leafCount;
        treatment = new Treatment[k];
        transform = new Transform[k];
        method = new TreatMethod[k];
        for (int i = 0; i < k; i++) {
            TreatMethod m = step.methodFor(plan.leaves.get(i));
            method[i] = m;
            if (m instanceof TreatMethod.Transform t) {
                transform[i] = transform(t.transform());
            } else {
                treatment[i] = treatment(m);
            }
        }
    }

    @Override
    public Outcome apply(Work in, Bound data) {
        double[][] x = in.columns();
        double[][] out = new double[x.length][];
        Map<String, TreatmentReport> reports = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            TreatmentReport r;
            try {
                r = treatment[i] != null ? treatment[i].apply(x[i]) : transformed(i, x[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Treat: indicator " + plan.leaves.get(i) + ": " + e.getMessage(), e);
            }
            out[i] = r.outcome() == TreatmentOutcome.UNTREATED || r.outcome() == TreatmentOutcome.DISABLED ? x[i]
                    : r.values();
            reports.put(plan.leaves.get(i), r);
        }
        return new Outcome(in.with(out), Collections.unmodifiableMap(reports));
    }

    private TreatmentReport transformed(int i, double[] x) {
        TreatMethod.Transform t = (TreatMethod.Transform) method[i];
        double s = t.skewThreshold();
        double k = t.kurtosisThreshold();
        double[] y = transform[i].apply(x);
        return new TreatmentReport(y, TreatmentOutcome.TRANSFORMED, List.of(), transform[i].name(),
                SkewKurt.of(x, s, k), null, SkewKurt.of(y, s, k));
    }

    /**
     * The transform of the spec's record.
     *
     * @param method the transform
     * @return the transform, or {@code null} for none
     */
    static Transform transform(TransformMethod method) {
        if (method instanceof TransformMethod.None) {
            return null;
        } else if (method instanceof TransformMethod.LogCT) {
            return Transform.logCT();
        } else if (method instanceof TransformMethod.LogCTOriginal) {
            return Transform.logCTOriginal();
        } else if (method instanceof TransformMethod.LogCTPlus) {
            return Transform.logCTPlus();
        } else if (method instanceof TransformMethod.LogGII) {
            return Transform.logGII();
        } else if (method instanceof TransformMethod.BoxCox b) {
            return Transform.boxCox(b.lambda());
        }
        throw new AssertionError(method);
    }

    /** The treatment of a {@link TreatMethod.Coinr} or {@link TreatMethod.None} method. */
    private static Treatment treatment(TreatMethod method) {
        if (method instanceof TreatMethod.Coinr c) {
            return Treatment.coinr().withWinsorisationLimit(c.winsorisationLimit())
                    .withThresholds(c.skewThreshold(), c.kurtosisThreshold())
                    .withForcedWinsorisation(c.forceWinsorisation())
                    .withFallback(transform(c.fallback())).withCombined(c.combine());
        }
        return Treatment.none();
    }
}
