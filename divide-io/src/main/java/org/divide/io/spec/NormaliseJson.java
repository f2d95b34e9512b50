package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.divide.core.Direction;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.NormaliseMethod.Borda;
import org.divide.core.spec.NormaliseMethod.DistanceToMax;
import org.divide.core.spec.NormaliseMethod.DistanceToReference;
import org.divide.core.spec.NormaliseMethod.DistanceToTarget;
import org.divide.core.spec.NormaliseMethod.FractionOfMax;
import org.divide.core.spec.NormaliseMethod.Goalposts;
import org.divide.core.spec.NormaliseMethod.MinMax;
import org.divide.core.spec.NormaliseMethod.None;
import org.divide.core.spec.NormaliseMethod.PercentileRank;
import org.divide.core.spec.NormaliseMethod.Ranged;
import org.divide.core.spec.NormaliseMethod.Rank;
import org.divide.core.spec.NormaliseMethod.Ranked;
import org.divide.core.spec.NormaliseMethod.Scaled;
import org.divide.core.spec.NormaliseMethod.ZScore;
import org.divide.core.spec.Range;
import org.divide.core.spec.RankTies;
import org.divide.io.MalformedDataException;

/**
 * The {@code normalise} step: the members of the default method on the step itself,
 * {@code overrides} (indicator → method) and {@code directions} (indicator → direction). A method
 * is its name in {@code method} and the parameters of its {@link NormaliseMethod} record; a
 * member the method does not take is an unknown member. Version 1 documents name the output range
 * (and the z-score's mean and sd) {@code lower}, {@code upper} and the economy {@code reference}.
 */
final class NormaliseJson {

    /** The methods' names, as written. */
    static final List<String> NAMES = List.of("none", "min-max", "z-score", "scaled", "rank", "borda",
            "percentile-rank", "fraction-of-max", "distance-to-max", "distance-to-reference", "distance-to-target",
            "goalposts");

    private NormaliseJson() {
    }

    /**
     * Reads a normalise step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Normalise read(Fields f) throws MalformedDataException {
        Source s = f.source();
        NormaliseMethod defaults = method(f);
        Map<String, NormaliseMethod> overrides = f.map("overrides", (n, p) -> nested(s, n, p));
        Map<String, Direction> directions = f.map("directions", (n, p) -> Enums.read(s, n, p, Direction.class));
        f.done();
        return f.build(() -> new Normalise(defaults, overrides, directions));
    }

    /**
     * Writes a normalise step.
     *
     * @param nm the step
     * @param o  the step's object
     */
    static void write(Normalise nm, ObjectNode o) {
        method(nm.defaults(), o);
        Out.map(o, "overrides", nm.overrides(), r -> method(r, Out.object()));
        Out.map(o, "directions", nm.directions(), d -> TextNode.valueOf(Enums.name(d)));
    }

    private static NormaliseMethod nested(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields r = Fields.of(source, node, pointer);
        NormaliseMethod method = method(r);
        r.done();
        return method;
    }

    /** Reads a method: {@code method} ({@code min-max}) and the members of its record. */
    private static NormaliseMethod method(Fields f) throws MalformedDataException {
        boolean legacy = f.source().version() == IndexSpecJson.LEGACY_VERSION;
        String name = f.method(NAMES, "min-max", "normalise method");
        switch (name) {
            case "none":
                return new None();
            case "min-max":
                Range mm = range(f, Range.PERCENT);
                return f.build(() -> new MinMax(mm));
            case "z-score":
                double mean = f.number(legacy ? "lower" : "mean", 0);
                double sd = f.number(legacy ? "upper" : "sd", 1);
                return f.build(() -> new ZScore(mean, sd));
            case "scaled":
                double lo = f.requiredNumber("low");
                double hi = f.requiredNumber("high");
                Range sr = range(f, Range.PERCENT);
                return f.build(() -> new Scaled(lo, hi, sr));
            case "rank":
                return new Rank(ties(f));
            case "borda":
                return new Borda(ties(f));
            case "percentile-rank":
                RankTies pt = ties(f);
                Range pr = range(f, Range.UNIT);
                return f.build(() -> new PercentileRank(pt, pr));
            case "fraction-of-max":
                Range fr = range(f, Range.UNIT);
                return f.build(() -> new FractionOfMax(fr));
            case "distance-to-max":
                Range dr = range(f, Range.UNIT);
                return f.build(() -> new DistanceToMax(dr));
            case "distance-to-reference":
                String economy = f.requiredText(legacy ? "reference" : "economy");
                boolean rc = f.bool("cap", false);
                Range rr = range(f, Range.UNIT);
                return f.build(() -> new DistanceToReference(economy, rc, rr));
            case "distance-to-target":
                double target = f.requiredNumber("target");
                boolean tc = f.bool("cap", false);
                Range tr = range(f, Range.UNIT);
                return f.build(() -> new DistanceToTarget(target, tc, tr));
            default:
                double low = f.requiredNumber("low");
                double high = f.requiredNumber("high");
                boolean truncate = f.bool("truncate", true);
                Range gr = range(f, Range.UNIT);
                return f.build(() -> new Goalposts(low, high, truncate, gr));
        }
    }

    private static RankTies ties(Fields f) throws MalformedDataException {
        return f.enumValue("ties", RankTies.class, RankTies.MIN);
    }

    /** The output range: {@code range} as {@code [lower, upper]}; version 1: {@code lower}, {@code upper}. */
    private static Range range(Fields f, Range dflt) throws MalformedDataException {
        if (f.source().version() == IndexSpecJson.LEGACY_VERSION) {
            double lower = f.number("lower", dflt.lower());
            double upper = f.number("upper", dflt.upper());
            return f.build(() -> new Range(lower, upper));
        }
        List<Double> ends = f.list("range", (n, p) -> Scalars.number(f.source(), n, p));
        if (ends.isEmpty()) {
            return dflt;
        }
        if (ends.size() != 2) {
            throw f.source().error(f.pointer("range"), "expected [lower, upper], found " + ends.size() + " numbers");
        }
        return f.build(() -> new Range(ends.get(0), ends.get(1)));
    }

    /** Writes a method: its name and every parameter that differs from its default. */
    static ObjectNode method(NormaliseMethod m, ObjectNode o) {
        o.put("method", m.name());
        if (m instanceof ZScore z) {
            Out.number(o, "mean", z.mean(), 0);
            Out.number(o, "sd", z.sd(), 1);
        } else if (m instanceof Scaled sc) {
            o.set("low", Out.number(sc.low()));
            o.set("high", Out.number(sc.high()));
        } else if (m instanceof DistanceToReference d) {
            o.put("economy", d.economy());
            Out.bool(o, "cap", d.cap(), false);
        } else if (m instanceof DistanceToTarget t) {
            o.set("target", Out.number(t.target()));
            Out.bool(o, "cap", t.cap(), false);
        } else if (m instanceof Goalposts g) {
            o.set("low", Out.number(g.low()));
            o.set("high", Out.number(g.high()));
            Out.bool(o, "truncate", g.truncate(), true);
        }
        if (m instanceof Ranked r) {
            Out.enumValue(o, "ties", r.ties(), RankTies.MIN);
        }
        if (m instanceof Ranged r) {
            Range dflt = m instanceof MinMax || m instanceof Scaled ? Range.PERCENT : Range.UNIT;
            if (!r.range().equals(dflt)) {
                ArrayNode a = o.putArray("range");
                a.add(Out.number(r.range().lower()));
                a.add(Out.number(r.range().upper()));
            }
        }
        return o;
    }
}
