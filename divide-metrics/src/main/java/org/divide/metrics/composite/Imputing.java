package org.divide.metrics.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Panel;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.metrics.impute.Imputation;
import org.divide.metrics.impute.ImputedMatrix;
import org.divide.metrics.impute.Imputer;
import org.divide.metrics.impute.PanelImputation;
import org.divide.metrics.impute.RowImputation;

/**
 * {@link Impute}: column, group, row and panel imputation through {@code org.divide.metrics.impute}.
 * Panel methods read the economy's series of the raw panel (denominated year by year when a
 * denominate step runs before) and fill only the cells missing in the stage.
 */
final class Imputing implements DataStep {

    private final Impute step;
    private final Plan plan;
    private final Imputer custom;
    private final Denominating denominating;
    private final int[][] rowGroups;
    private final Direction[][] rowDirections;

    Imputing(Impute step, Plan plan, Map<String, Imputer> customs, Denominating denominating,
            Direction[] leafDirections) {
        this.step = step;
        this.plan = plan;
        this.denominating = denominating;
        if (step.method() instanceof ImputeMethod.Custom c) {
            custom = customs.get(c.function());
            if (custom == null) {
                throw new IllegalArgumentException("Impute: no function registered as " + c.function()
                        + " (known: " + customs.keySet() + ")");
            }
        } else {
            custom = null;
        }
        rowGroups = plan.leafGroups(step.method() instanceof ImputeMethod.Row r ? r.groupLevel() : 0);
        rowDirections = new Direction[rowGroups.length][];
        for (int g = 0; g < rowGroups.length; g++) {
            rowDirections[g] = new Direction[rowGroups[g].length];
            for (int k = 0; k < rowGroups[g].length; k++) {
                rowDirections[g][k] = leafDirections[rowGroups[g][k]];
            }
        }
    }

    boolean isPanelMethod() {
        return step.method() instanceof ImputeMethod.Panel;
    }

    @Override
    public Outcome apply(Work in, Bound data) {
        double[][] x = in.columns();
        double[][] out;
        ImputeMethod m = step.method();
        if (m instanceof ImputeMethod.Mean) {
            out = byColumn(x, Imputation.mean());
        } else if (m instanceof ImputeMethod.Median) {
            out = byColumn(x, Imputation.median());
        } else if (m instanceof ImputeMethod.GroupMean g) {
            out = byColumn(x, Imputation.groupMean(labels(in, data, g.grouping())));
        } else if (m instanceof ImputeMethod.GroupMedian g) {
            out = byColumn(x, Imputation.groupMedian(labels(in, data, g.grouping())));
        } else if (m instanceof ImputeMethod.RowMean r) {
            out = byRow(x, Imputation.mean(), r.normaliseFirst());
        } else if (m instanceof ImputeMethod.RowMedian r) {
            out = byRow(x, Imputation.median(), r.normaliseFirst());
        } else if (m instanceof ImputeMethod.Custom) {
            out = byColumn(x, custom);
        } else {
            out = byPanel(in, data);
        }
        return new Outcome(in.with(out), report(in, x, out));
    }

    private static String[] labels(Work in, Bound data, String grouping) {
        String[] all = data.labels(grouping);
        String[] labels = new String[in.size()];
        for (int e = 0; e < labels.length; e++) {
            labels[e] = all[in.rows()[e]];
        }
        return labels;
    }

    private double[][] byColumn(double[][] x, Imputer imputer) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (!hasGap(x[i])) {
                out[i] = x[i];
                continue;
            }
            try {
                out[i] = custom == null ? builtIn(imputer, x[i]) : imputer.apply(x[i]).values();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Impute " + step.method() + ": indicator " + plan.leaves.get(i)
                        + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A built-in imputer, trusted not to change present values: only the empty column is checked. */
    private static double[] builtIn(Imputer imputer, double[] x) {
        for (double v : x) {
            if (!Double.isNaN(v)) {
                return imputer.impute(x);
            }
        }
        throw new IllegalArgumentException("column has no values to impute from (" + x.length + " missing)");
    }

    private double[][] byRow(double[][] x, Imputer rowImputer, boolean normaliseFirst) {
        double[][] out = x.clone();
        for (int g = 0; g < rowGroups.length; g++) {
            int[] members = rowGroups[g];
            double[][] cols = new double[members.length][];
            for (int k = 0; k < members.length; k++) {
                cols[k] = x[members[k]];
            }
            ImputedMatrix m = normaliseFirst ? RowImputation.normalised(cols, rowDirections[g], rowImputer)
                    : RowImputation.raw(cols, rowImputer);
            double[][] filled = m.columns();
            for (int k = 0; k < members.length; k++) {
                out[members[k]] = filled[k];
            }
        }
        return out;
    }

    private double[][] byPanel(Work in, Bound bound) {
        IndexData data = bound.data;
        Panel p = data.panel();
        int[] years = p.years();
        double[] times = new double[years.length];
        for (int t = 0; t < years.length; t++) {
            times[t] = years[t];
        }
        double[][] x = in.columns();
        double[][] out = new double[x.length][];
        double[] series = new double[years.length];
        for (int i = 0; i < x.length; i++) {
            if (!hasGap(x[i])) {
                out[i] = x[i];
                continue;
            }
            String code = plan.leaves.get(i);
            int ind = p.indicatorIndex(code);
            String den = denominating == null ? null : denominating.denominator(i);
            int denInd = den == null ? -1 : p.indicatorIndex(den);
            double[] y = x[i].clone();
            for (int e = 0; e < y.length; e++) {
                if (!Double.isNaN(y[e])) {
                    continue;
                }
                int row = in.rows()[e];
                for (int t = 0; t < years.length; t++) {
                    double v = p.value(row, ind, t);
                    series[t] = denInd < 0 ? v : denominating.denominate(i, v, p.value(row, denInd, t));
                }
                double[] filled = fill(times, series);
                y[e] = filled[data.yearIndex()];
            }
            out[i] = y;
        }
        return out;
    }

    private double[] fill(double[] times, double[] series) {
        return PanelImputation.of((ImputeMethod.Panel) step.method(), times, series).values();
    }

    private ImputationReport report(Work in, double[][] before, double[][] after) {
        List<ImputationReport.Cell> filled = new ArrayList<>();
        List<ImputationReport.Cell> left = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] == after[i]) {
                continue;
            }
            for (int e = 0; e < before[i].length; e++) {
                if (Double.isNaN(before[i][e])) {
                    ImputationReport.Cell c = new ImputationReport.Cell(in.economies().get(e), plan.leaves.get(i),
                            after[i][e]);
                    (Double.isNaN(after[i][e]) ? left : filled).add(c);
                }
            }
        }
        return new ImputationReport(label(), filled, left);
    }

    /** The method as reports and messages name it: {@code GROUP_MEAN}. */
    private String label() {
        return step.method().name().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static boolean hasGap(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
