package org.divide.metrics.inequality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a reference file such as {@code reference/inequality-extra.csv} (columns
 * {@code case_id, measure, parameter, weighted, data, weights, groups, expected_value, source,
 * notes}), with a small parser for its value lists: semicolon-separated numbers or
 * {@code file:data/inequality/<file>#<column>[<filterColumn>=='<value>']/<divisor>}.
 */
record ReferenceCase(int line, String caseId, String measure, String parameter, boolean weighted, String data,
        String weights, String groups, String expected, String source, String notes) {

    private static final Pattern FILE = Pattern.compile(
            "file:([^#]+)#([\\w.]+)(?:\\[([\\w.]+)=='([^']*)'\\])?(?:/([0-9.eE+-]+))?");
    private static final Map<String, List<String[]>> TABLES = new ConcurrentHashMap<>();

    /**
     * Reads a reference file from the test class path.
     *
     * @param resource the resource, such as {@code "/reference/inequality-extra.csv"}
     * @return the rows
     */
    static List<ReferenceCase> read(String resource) {
        List<String[]> rows = table(resource);
        List<ReferenceCase> cases = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (r.length != 10) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 10 fields, found " + r.length);
            }
            cases.add(new ReferenceCase(i + 1, r[0], r[1], r[2], r[3].equals("yes"), r[4], r[5], r[6], r[7], r[8], r[9]));
        }
        return cases;
    }

    /** @return whether the expected value was published (rounded) rather than computed at full precision */
    boolean published() {
        return source.contains("published");
    }

    /** @return the values */
    double[] x() {
        return numbers(data);
    }

    /** @return the weights, or {@code null} when unweighted */
    double[] w() {
        return weights.isEmpty() ? null : numbers(weights);
    }

    /** @return the group labels */
    String[] groupLabels() {
        return strings(groups);
    }

    /** @return the expected values (one, or several for vector results) */
    double[] expectedValues() {
        return numbers(expected);
    }

    /** @return the value of the parameter column as a number */
    double parameterValue() {
        return Double.parseDouble(parameter.replaceAll("^[a-z]+=", "").trim());
    }

    /** @return the population shares listed in a parameter such as {@code p=0;0.2;1} */
    double[] parameterList() {
        return numbers(parameter.substring(parameter.indexOf('=') + 1));
    }

    /**
     * The tolerance for comparing with one expected value: for published values one unit in the
     * last printed digit, otherwise 1e-12 relative (1e-14 absolute around 0).
     *
     * @param text the expected value as printed
     * @return the absolute tolerance
     */
    double tolerance(String text) {
        double e = parse(text);
        double relative = Math.max(1e-12 * Math.abs(e), 1e-14);
        if (!published()) {
            return relative;
        }
        int dot = text.indexOf('.');
        int decimals = dot < 0 ? 0 : text.length() - dot - 1;
        return Math.max(relative, Math.pow(10, -decimals));
    }

    /** @return the expected values as printed */
    String[] expectedTexts() {
        return expected.split(";");
    }

    @Override
    public String toString() {
        return caseId + " " + measure + (parameter.isEmpty() ? "" : " [" + parameter + "]") + " (line " + line + ")";
    }

    private static double[] numbers(String spec) {
        String[] parts = strings(spec);
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = parse(parts[i]);
        }
        return v;
    }

    /**
     * @param text a number as R prints it ({@code Inf}, {@code -Inf}, {@code NaN} and {@code NA} included)
     * @return the number ({@code NaN} for {@code NA})
     */
    static double parse(String text) {
        String t = text.trim();
        switch (t) {
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NA":
            case "NaN":
                return Double.NaN;
            default:
                return Double.parseDouble(t);
        }
    }

    private static String[] strings(String spec) {
        if (!spec.startsWith("file:")) {
            return spec.split(";");
        }
        Matcher m = FILE.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot parse data reference: " + spec);
        }
        List<String[]> rows = table("/reference/" + m.group(1));
        String[] header = rows.get(0);
        int column = columnIndex(header, m.group(2), spec);
        int filter = m.group(3) == null ? -1 : columnIndex(header, m.group(3), spec);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (filter < 0 || r[filter].equals(m.group(4))) {
                out.add(m.group(5) == null ? r[column]
                        : Double.toString(Double.parseDouble(r[column]) / Double.parseDouble(m.group(5))));
            }
        }
        return out.toArray(new String[0]);
    }

    private static int columnIndex(String[] header, String name, String spec) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " for " + spec);
    }

    private static List<String[]> table(String resource) {
        return TABLES.computeIfAbsent(resource, ReferenceCase::load);
    }

    private static List<String[]> load(String resource) {
        try (InputStream in = ReferenceCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line: commas separate fields, double quotes protect commas, "" is a quote. */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }
}
