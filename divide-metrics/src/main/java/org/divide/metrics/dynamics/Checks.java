package org.divide.metrics.dynamics;

import org.divide.core.Panel;

/** Argument checks and panel look-ups shared by the classes of this package. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return value;
    }

    static double[] values(String name, double[] x) {
        notNull(name, x);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return x;
    }

    static void sameLength(String name, double[] x, int n) {
        if (x != null && x.length != n) {
            throw new IllegalArgumentException(name + " has length " + x.length + ", expected " + n);
        }
    }

    static void sameLength(String name, Object[] x, int n) {
        if (x != null && x.length != n) {
            throw new IllegalArgumentException(name + " has length " + x.length + ", expected " + n);
        }
    }

    /** Weights: {@code null}, or finite and non-negative ({@code NaN} allowed: a missing weight). */
    static void weights(String name, double[] w, int n) {
        if (w == null) {
            return;
        }
        sameLength(name, w, n);
        for (int i = 0; i < n; i++) {
            if (w[i] < 0 || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not a finite non-negative weight: " + w[i]);
            }
        }
    }

    static double positiveFinite(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + v);
        }
        return v;
    }

    static double level(String name, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1): " + alpha);
        }
        return alpha;
    }

    /** @return the position of an indicator, or throws naming it */
    static int indicator(Panel panel, String name, String code) {
        notNull("panel", panel);
        notNull(name, code);
        int i = panel.indicatorIndex(code);
        if (i < 0) {
            throw new IllegalArgumentException(name + " is not in the panel: " + code);
        }
        return i;
    }

    /** @return the position of a year, or throws naming it and the panel's range */
    static int year(Panel panel, String name, int year) {
        int i = panel.yearIndex(year);
        if (i < 0) {
            int[] ys = panel.years();
            throw new IllegalArgumentException(name + " is not a year of the panel"
                    + (ys.length == 0 ? " (it has none)" : " (" + ys[0] + "–" + ys[ys.length - 1] + ")") + ": " + year);
        }
        return i;
    }

    static void ordered(String fromName, int from, String toName, int to) {
        if (to <= from) {
            throw new IllegalArgumentException(toName + " must be after " + fromName + ": " + fromName + "=" + from
                    + ", " + toName + "=" + to);
        }
    }

    /** @return the column of an indicator in a year (a copy, {@code NaN} = missing) */
    static double[] column(Panel panel, String name, String indicator, int year) {
        return panel.column(indicator(panel, name, indicator), year(panel, "year", year));
    }
}
