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
    private final Treat.Rule[] rule;

    Treating(Treat step, Plan plan) {
        this.plan = plan;
        int k = plan.leafCount;
        treatment = new Treatment[k];
        transform = new Transform[k];
        rule = new Treat.Rule[k];
        for (int i = 0; i < k; i++) {
            Treat.Rule r = step.ruleFor(plan.leaves.get(i));
            rule[i] = r;
            if (r.method() == TreatMethod.TRANSFORM) {
                transform[i] = transform(r.transform(), r.lambda());
            } else {
                treatment[i] = treatment(r);
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
        double s = rule[i].skewThreshold();
        double k = rule[i].kurtosisThreshold();
        double[] y = transform[i].apply(x);
        return new TreatmentReport(y, TreatmentOutcome.TRANSFORMED, List.of(), transform[i].name(),
                SkewKurt.of(x, s, k), null, SkewKurt.of(y, s, k));
    }

    /**
     * The transform of a treatment rule.
     *
     * @param method the transform
     * @param lambda the Box-Cox λ
     * @return the transform, or {@code null} for none
     */
    static Transform transform(TransformMethod method, double lambda) {
        switch (method) {
            case NONE:
                return null;
            case LOG_CT:
                return Transform.logCT();
            case LOG_CT_ORIGINAL:
                return Transform.logCTOriginal();
            case LOG_CT_PLUS:
                return Transform.logCTPlus();
            case LOG_GII:
                return Transform.logGII();
            case BOX_COX:
                return Transform.boxCox(lambda);
            default:
                throw new AssertionError(method);
        }
    }

    /** The treatment of a {@link TreatMethod#COINR} or {@link TreatMethod#NONE} rule. */
    private static Treatment treatment(Treat.Rule rule) {
        if (rule.method() == TreatMethod.NONE) {
            return Treatment.none();
        }
        return Treatment.coinr().withWinsorisationLimit(rule.winsorisationLimit())
                .withThresholds(rule.skewThreshold(), rule.kurtosisThreshold())
                .withForcedWinsorisation(rule.forceWinsorisation())
                .withFallback(transform(rule.transform(), rule.lambda())).withCombined(rule.combine());
    }
}
