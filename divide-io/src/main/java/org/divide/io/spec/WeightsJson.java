package org.divide.io.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    /** The weight methods' names, as written. */
    static final List<String> NAMES = List.of("explicit", "equal", "pca", "pca-loadings", "optimised",
            "max-information");

    private WeightsJson() {
    }

    /**
     * Reads a weights step: {@code method} ({@code explicit}), the members of its record —
     * {@code level} (0 for {@code equal}; required by the data-driven methods), {@code targets}
     * ({@code optimised}), {@code correlation}, {@code tolerance}, {@code maxIterations} (the
     * optimisers) — and {@code explicit}. Version 1 documents may give every method these members
     * (targets only to {@code optimised}); those without effect are ignored.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Weights read(Fields f) throws MalformedDataException {
        Source s = f.source();
        boolean legacy = s.version() == IndexSpecJson.LEGACY_VERSION;
        String name = f.method(NAMES, "explicit", "weight method");
        boolean dataDriven = !name.equals("explicit") && !name.equals("equal");
        boolean optimiser = name.equals("optimised") || name.equals("max-information");
        int level = legacy || !dataDriven ? f.integer("level", 0) : Scalars.integer(s, f.required("level"),
                f.pointer("level"));
        Map<String, Double> explicit = f.map("explicit", (n, p) -> Scalars.number(s, n, p));
        Map<String, Double> targets = legacy || name.equals("optimised")
                ? f.map("targets", (n, p) -> Scalars.number(s, n, p)) : Map.of();
        if (!targets.isEmpty() && !name.equals("optimised")) {
            throw s.error(f.pointer(), name + " takes no targets");
        }
        CorrelationType correlation = CorrelationType.PEARSON;
        double tolerance = WeightMethod.DEFAULT_TOLERANCE;
        int maxIterations = WeightMethod.DEFAULT_MAX_ITERATIONS;
        if (legacy || optimiser) {
            correlation = f.enumValue("correlation", CorrelationType.class, CorrelationType.PEARSON);
            tolerance = f.number("tolerance", WeightMethod.DEFAULT_TOLERANCE);
            maxIterations = f.integer("maxIterations", WeightMethod.DEFAULT_MAX_ITERATIONS);
        }
        f.done();
        WeightMethod method = f.build(method(name, level, targets, correlation, tolerance, maxIterations));
        return f.build(() -> new Weights(method, explicit));
    }

    private static Supplier<WeightMethod> method(String name, int level, Map<String, Double> targets,
            CorrelationType correlation, double tolerance, int maxIterations) {
        switch (name) {
            case "explicit":
                return WeightMethod.Explicit::new;
            case "equal":
                return () -> new WeightMethod.Equal(level);
            case "pca":
                return () -> new WeightMethod.Pca(level);
            case "pca-loadings":
                return () -> new WeightMethod.PcaLoadings(level);
            case "optimised":
                return () -> new WeightMethod.Optimised(level, targets, correlation, tolerance, maxIterations);
            default:
                return () -> new WeightMethod.MaxInformation(level, correlation, tolerance, maxIterations);
        }
    }

    /**
     * Writes a weights step.
     *
     * @param w the step
     * @param o the step's object
     */
    static void write(Weights w, ObjectNode o) {
        WeightMethod m = w.method();
        o.put("method", m.name());
        if (m instanceof WeightMethod.Equal e) {
            Out.integer(o, "level", e.level(), 0);
        } else if (m instanceof WeightMethod.DataDriven d) {
            o.put("level", d.level());
        }
        Out.map(o, "explicit", w.explicit(), Out::number);
        if (m instanceof WeightMethod.Optimised opt) {
            Out.map(o, "targets", opt.targets(), Out::number);
        }
        if (m instanceof WeightMethod.Optimising opt) {
            Out.enumValue(o, "correlation", opt.correlation(), CorrelationType.PEARSON);
            Out.number(o, "tolerance", opt.tolerance(), WeightMethod.DEFAULT_TOLERANCE);
            Out.integer(o, "maxIterations", opt.maxIterations(), WeightMethod.DEFAULT_MAX_ITERATIONS);
        }
    }
}
