package org.divide.io.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.divide.core.spec.CorrelationType;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.divide.io.MalformedDataException;

/**
 * The {@code weights} step: {@code method} ({@code explicit}), {@code level} (0),
 * {@code explicit} and {@code targets} (node → number, empty), {@code correlation}
 * ({@code pearson}), {@code tolerance} (0.1), {@code maxIterations} (500).
 */
final class WeightsJson {

    private WeightsJson() {
    }

    /**
     * Reads a weights step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Weights read(Fields f) throws MalformedDataException {
        Source s = f.source();
        WeightMethod method = f.enumValue("method", WeightMethod.class, WeightMethod.EXPLICIT);
        int level = f.integer("level", 0);
        Map<String, Double> explicit = f.map("explicit", (n, p) -> Scalars.number(s, n, p));
        Map<String, Double> targets = f.map("targets", (n, p) -> Scalars.number(s, n, p));
        CorrelationType correlation = f.enumValue("correlation", CorrelationType.class, CorrelationType.PEARSON);
        double tolerance = f.number("tolerance", Weights.DEFAULT_TOLERANCE);
        int maxIterations = f.integer("maxIterations", Weights.DEFAULT_MAX_ITERATIONS);
        f.done();
        return f.build(() -> new Weights(method, level, explicit, targets, correlation, tolerance, maxIterations));
    }

    /**
     * Writes a weights step.
     *
     * @param w the step
     * @param o the step's object
     */
    static void write(Weights w, ObjectNode o) {
        Out.enumValue(o, "method", w.method(), null);
        Out.integer(o, "level", w.level(), 0);
        Out.map(o, "explicit", w.explicit(), Out::number);
        Out.map(o, "targets", w.targets(), Out::number);
        Out.enumValue(o, "correlation", w.correlation(), CorrelationType.PEARSON);
        Out.number(o, "tolerance", w.tolerance(), Weights.DEFAULT_TOLERANCE);
        Out.integer(o, "maxIterations", w.maxIterations(), Weights.DEFAULT_MAX_ITERATIONS);
    }
}
