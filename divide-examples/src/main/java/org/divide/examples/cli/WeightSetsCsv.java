package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Framework;

/**
 * The alternative weight sets of {@code divide uncertainty --weight-sets FILE}: a CSV with the
 * columns {@code set}, {@code code} and {@code weight} (any order, other columns ignored), one row
 * per node and set; a set is named by its {@code set} text, in order of first appearance; a node a
 * set does not list keeps the weight of the nominal spec. Each set becomes explicit weights over the
 * spec's ({@code Assumption.weightSets}).
 */
final class WeightSetsCsv {

    private WeightSetsCsv() {
    }

    /**
     * Reads the sets.
     *
     * @param path      the file
     * @param framework the framework whose nodes the codes must name
     * @return the set names and weights (node code → weight), in order
     * @throws IOException if the file cannot be read, or a cell is invalid: an unknown node, a
     *                     weight that is not a finite non-negative number, a node listed twice in
     *                     one set (the message names the file, line, column and value)
     */
    static Map<String, Map<String, Double>> read(Path path, Framework framework) throws IOException {
        PlainCsv csv = PlainCsv.read(path, List.of("set", "code", "weight"));
        Map<String, Map<String, Double>> sets = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String set = csv.text(r, 0);
            String code = csv.text(r, 1);
            if (set.isEmpty()) {
                throw csv.error(r, 0, "the set is empty");
            }
            if (!framework.contains(code)) {
                throw csv.error(r, 1, "no node '" + code + "' in the framework");
            }
            if (code.equals(framework.root().code())) {
                throw csv.error(r, 1, "'" + code + "' is the index itself, which has no weight");
            }
            double weight = csv.number(r, 2);
            if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
                throw csv.error(r, 2, "the weight must be a finite number >= 0: '" + csv.text(r, 2) + "'");
            }
            if (sets.computeIfAbsent(set, s -> new LinkedHashMap<>()).put(code, weight) != null) {
                throw csv.error(r, 1, "set '" + set + "' lists '" + code + "' twice");
            }
        }
        return sets;
    }
}
