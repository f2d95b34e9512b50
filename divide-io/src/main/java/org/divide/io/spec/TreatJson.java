package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.io.MalformedDataException;

/**
 * The {@code treat} step: the members of the default method on the step itself, and
 * {@code overrides} (indicator → method).
 */
final class TreatJson {

    /** The treatment methods' names, as written. */
    static final List<String> NAMES = List.of("none", "coinr", "transform");
    /** The transforms' names, as written. */
    static final List<String> TRANSFORMS = List.of("none", "log-ct", "log-ct-original", "log-ct-plus", "log-gii",
            "box-cox");

    private static final TreatMethod.Coinr COINR = TreatMethod.coinr();

    private TreatJson() {
    }

    /**
     * Reads a treat step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Treat read(Fields f) throws MalformedDataException {
        TreatMethod defaults = method(f);
        Map<String, TreatMethod> overrides = f.map("overrides", (n, p) -> nested(f.source(), n, p));
        f.done();
        return f.build(() -> new Treat(defaults, overrides));
    }

    /**
     * Writes a treat step.
     *
     * @param t the step
     * @param o the step's object
     */
    static void write(Treat t, ObjectNode o) {
        method(t.defaults(), o);
        Out.map(o, "overrides", t.overrides(), r -> method(r, Out.object()));
    }

    private static TreatMethod nested(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields r = Fields.of(source, node, pointer);
        TreatMethod method = method(r);
        r.done();
        return method;
    }

    /**
     * Reads a method: {@code method} ({@code coinr}) and the members of its record — for
     * {@code coinr}: {@code winsorisationLimit} (5), {@code skewThreshold} (2),
     * {@code kurtosisThreshold} (3.5), {@code forceWinsorisation} ({@code false}), {@code fallback}
     * ({@code log-ct}), {@code combine} ({@code false}); for {@code transform}: {@code transform}
     * (required), {@code skewThreshold}, {@code kurtosisThreshold}; {@code lambda} (0) beside a
     * {@code box-cox} transform. Version 1 documents give every method every member, the transform
     * of both methods as {@code transform} (default {@code log-ct} for {@code coinr}, {@code none}
     * otherwise) and {@code lambda} with any transform; the members without effect are ignored.
     */
    private static TreatMethod method(Fields f) throws MalformedDataException {
        boolean legacy = f.source().version() == IndexSpecJson.LEGACY_VERSION;
        String name = f.method(NAMES, "coinr", "treat method");
        if (legacy) {
            int limit = f.integer("winsorisationLimit", COINR.winsorisationLimit());
            double skew = f.number("skewThreshold", COINR.skewThreshold());
            double kurtosis = f.number("kurtosisThreshold", COINR.kurtosisThreshold());
            boolean force = f.bool("forceWinsorisation", COINR.forceWinsorisation());
            String transform = f.name("transform", TRANSFORMS, name.equals("coinr") ? "log-ct" : "none",
                    "transform method");
            double lambda = f.number("lambda", 0);
            boolean combine = f.bool("combine", COINR.combine());
            TransformMethod t = f.build(() -> transform(transform, lambda));
            switch (name) {
                case "none":
                    return new TreatMethod.None();
                case "coinr":
                    return f.build(() -> new TreatMethod.Coinr(limit, skew, kurtosis, force, t, combine));
                default:
                    return f.build(() -> new TreatMethod.Transform(t, skew, kurtosis));
            }
        }
        switch (name) {
            case "none":
                return new TreatMethod.None();
            case "coinr":
                int limit = f.integer("winsorisationLimit", COINR.winsorisationLimit());
                double skew = f.number("skewThreshold", COINR.skewThreshold());
                double kurtosis = f.number("kurtosisThreshold", COINR.kurtosisThreshold());
                boolean force = f.bool("forceWinsorisation", COINR.forceWinsorisation());
                TransformMethod fallback = transform(f, "fallback", "log-ct");
                boolean combine = f.bool("combine", COINR.combine());
                return f.build(() -> new TreatMethod.Coinr(limit, skew, kurtosis, force, fallback, combine));
            default:
                TransformMethod t = transform(f, "transform", null);
                double ts = f.number("skewThreshold", COINR.skewThreshold());
                double tk = f.number("kurtosisThreshold", COINR.kurtosisThreshold());
                return f.build(() -> new TreatMethod.Transform(t, ts, tk));
        }
    }

    /** A transform named by a member, with {@code lambda} beside {@code box-cox}. */
    private static TransformMethod transform(Fields f, String member, String dflt) throws MalformedDataException {
        String name = f.name(member, TRANSFORMS, dflt, "transform method");
        double lambda = name.equals("box-cox") ? f.number("lambda", 0) : 0;
        return f.build(() -> transform(name, lambda));
    }

    private static TransformMethod transform(String name, double lambda) {
        switch (name) {
            case "none":
                return new TransformMethod.None();
            case "log-ct":
                return new TransformMethod.LogCT();
            case "log-ct-original":
                return new TransformMethod.LogCTOriginal();
            case "log-ct-plus":
                return new TransformMethod.LogCTPlus();
            case "log-gii":
                return new TransformMethod.LogGII();
            default:
                return new TransformMethod.BoxCox(lambda);
        }
    }

    private static ObjectNode method(TreatMethod m, ObjectNode o) {
        o.put("method", m.name());
        if (m instanceof TreatMethod.Coinr c) {
            Out.integer(o, "winsorisationLimit", c.winsorisationLimit(), COINR.winsorisationLimit());
            Out.number(o, "skewThreshold", c.skewThreshold(), COINR.skewThreshold());
            Out.number(o, "kurtosisThreshold", c.kurtosisThreshold(), COINR.kurtosisThreshold());
            Out.bool(o, "forceWinsorisation", c.forceWinsorisation(), COINR.forceWinsorisation());
            transform(o, "fallback", c.fallback(), COINR.fallback());
            Out.bool(o, "combine", c.combine(), COINR.combine());
        } else if (m instanceof TreatMethod.Transform t) {
            transform(o, "transform", t.transform(), null);
            Out.number(o, "skewThreshold", t.skewThreshold(), COINR.skewThreshold());
            Out.number(o, "kurtosisThreshold", t.kurtosisThreshold(), COINR.kurtosisThreshold());
        }
        return o;
    }

    private static void transform(ObjectNode o, String member, TransformMethod t, TransformMethod dflt) {
        if (!t.equals(dflt)) {
            o.put(member, t.name());
        }
        if (t instanceof TransformMethod.BoxCox b) {
            Out.number(o, "lambda", b.lambda(), 0);
        }
    }
}
