package org.divide.examples.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units of a {@link Sample} for an inequality measure: values, optional weights and optional
 * group labels, with where each unit came from, so that a measure's error about {@code x[i]} can
 * name the file, line and economy instead of an array index.
 *
 * @param values  the values
 * @param weights the weights, or {@code null} when no weight column was given
 * @param groups  the group labels, or {@code null} when no group column was given
 * @param where   for each unit, "FILE line L" and the economy when there is one
 */
record Units(double[] values, double[] weights, String[] groups, String[] where) {

    private static final Pattern INDEX = Pattern.compile("\\b([xw])\\[(\\d+)]");

    /**
     * The units of the rows of a sample.
     *
     * @param sample   the sample, after its selection
     * @param weighted whether to keep the weights
     * @param grouped  whether to keep the group labels
     * @return the units
     * @throws IllegalArgumentException if no row is left
     */
    static Units of(Sample sample, boolean weighted, boolean grouped) {
        List<Sample.Row> rows = sample.rows();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(sample.source() + ": no row left to measure (see the notes above)");
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] w = weighted ? new double[n] : null;
        String[] g = grouped ? new String[n] : null;
        String[] where = new String[n];
        for (int i = 0; i < n; i++) {
            Sample.Row r = rows.get(i);
            x[i] = r.value();
            if (w != null) {
                w[i] = r.weight();
            }
            if (g != null) {
                g[i] = r.group();
            }
            where[i] = sample.source() + (r.line() > 0 ? " line " + r.line() : "")
                    + (r.economy() == null ? "" : " (" + r.economy() + (r.line() > 0 || r.year() == 0 ? ""
                            : " in " + r.year()) + ")");
        }
        return new Units(x, w, g, where);
    }

    /**
     * Rewrites a measure's message so that {@code x[i]} and {@code w[i]} name the unit's file,
     * line and economy: "x[98] is zero" becomes "the value at FILE line 100 is zero".
     *
     * @param message the library's message
     * @return the message for people
     */
    String locate(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = INDEX.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(2));
            String unit = i < where.length ? where[i] : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement((m.group(1).equals("x") ? "the value at " : "the weight at ")
                    + unit));
        }
        m.appendTail(b);
        return b.toString();
    }
}
