package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.metrics.scenario.PopulationAssumption;
import org.divide.metrics.scenario.Scenario;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code divide horizon --project}: the divide's projected trajectory under scenarios
 * ({@link ProjectionRun}).
 */
final class ProjectOptions {

    /** The grouping of the between-group share when none is given. */
    static final String DEFAULT_GROUP = Groups.WB_INCOME;

    /** The default ceiling on the embedded data: its indicator, internet users, is a share in percent. */
    static final double EMBEDDED_CEILING = 100;

    @Option(names = "--project", paramLabel = "YEAR",
            description = "Project the divide to YEAR instead of horizons: Gini, Theil T and L and the between-group"
                    + " share of Theil T across the economies, every observed year of the window then every year up to"
                    + " YEAR, under each --scenario. Without --data: the embedded data (--value, default IT.NET.USER.ZS,"
                    + " weighted by SP.POP.TOTL).")
    Integer project;

    @Option(names = "--scenario", paramLabel = "trend|beta|policy", split = ",",
            description = "With --project: the scenarios, comma-separated or repeated: trend (each economy's own trend"
                    + " by --method), beta (convergence at the beta estimated over the window), policy (the trend with"
                    + " the --raise economies raised). Default: trend,beta, and policy when --raise is given.")
    List<String> scenarios;

    @Option(names = "--raise", paramLabel = "CODES:RATE",
            description = "With --project: the policy scenario raises these economies (codes or names, comma-separated)"
                    + " by RATE a year on top of their trend: a percentage (5%%) or a rate (0.05); repeat for"
                    + " different rates, e.g. --raise KEN,IND:5%%.")
    List<String> raises;

    @Option(names = "--population", paramLabel = "constant|trend", defaultValue = "constant",
            description = "With --project and --weight: the weights of the projected years, each economy's last"
                    + " observed weight held constant (default) or carried at its own trend by --method.")
    String population;

    @Option(names = "--ceiling", paramLabel = "VALUE|none", defaultValue = "auto",
            description = "With --project: the largest value a projection may reach, e.g. 100 for a share in percent"
                    + " (internet users); a trend past it stops there. Default: 100 on the embedded data (internet"
                    + " users, a share in percent), none on your files.")
    String ceiling;

    @Option(names = "--fill-gaps",
            description = "With --project: keep an economy that misses a well-covered year between two of its values,"
                    + " that year filled by log-linear interpolation (noted); by default it is left out.")
    boolean fillGaps;

    @Option(names = "--group", paramLabel = "GROUPING",
            description = "With --project: the groups of the between-group share (default: " + DEFAULT_GROUP
                    + "; none for no share). " + Groups.HELP)
    String group;

    @Option(names = "--group-year", paramLabel = "FY", description = "With --project and --group wb-income: the"
            + " fiscal year of the classification, " + Economies.FIRST_FISCAL_YEAR + "-" + Economies.FISCAL_YEAR
            + " (default: " + Economies.FISCAL_YEAR + ").")
    Integer groupYear;

    /** {@return whether an option of the projection other than --project is given} */
    boolean projectionOptionGiven() {
        return scenarios != null || raises != null || !population.equalsIgnoreCase("constant") || group != null
                || groupYear != null || !ceiling.equalsIgnoreCase("auto") || fillGaps;
    }

    /** {@return the grouping to resolve, or {@code null} for none} */
    String grouping() {
        String g = group == null ? DEFAULT_GROUP : group.strip();
        return g.equalsIgnoreCase("none") ? null : g;
    }

    /** {@return whether the ceiling is left to its default} */
    boolean ceilingByDefault() {
        return ceiling.strip().equalsIgnoreCase("auto");
    }

    /**
     * The ceiling of the projected values.
     *
     * @param cl       the command line, for usage errors
     * @param embedded whether the projection runs on the embedded data, a share in percent
     * @return the ceiling, {@code +∞} for none
     */
    double ceiling(CommandLine cl, boolean embedded) {
        if (ceiling.strip().equalsIgnoreCase("auto")) {
            return embedded ? EMBEDDED_CEILING : Double.POSITIVE_INFINITY;
        }
        if (ceiling.strip().equalsIgnoreCase("none")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double c = Double.parseDouble(ceiling.strip());
            if (c > 0) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(cl, "--ceiling " + ceiling + ": a number > 0 or none");
    }

    /**
     * The population assumption.
     *
     * @param cl the command line, for usage errors
     * @return the assumption
     */
    PopulationAssumption population(CommandLine cl) {
        return switch (population.strip().toLowerCase(Locale.ROOT)) {
            case "constant" -> PopulationAssumption.CONSTANT;
            case "trend" -> PopulationAssumption.TREND;
            default -> throw new ParameterException(cl, "--population " + population + ": constant or trend");
        };
    }

    /**
     * The scenarios, in the order given.
     *
     * @param cl the command line, for usage errors
     * @return the scenarios
     */
    List<Scenario> scenarios(CommandLine cl) {
        Map<String, Double> raised = raises(cl);
        List<String> names = scenarios != null ? scenarios
                : raised.isEmpty() ? List.of("trend", "beta") : List.of("trend", "beta", "policy");
        List<Scenario> out = new ArrayList<>();
        for (String name : names) {
            Scenario s = switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "trend" -> Scenario.trend();
                case "beta" -> Scenario.beta();
                case "policy" -> {
                    if (raised.isEmpty()) {
                        throw new ParameterException(cl, "--scenario policy needs --raise CODES:RATE (e.g. --raise"
                                + " KEN,IND:5%)");
                    }
                    yield Scenario.policy(raised);
                }
                default -> throw new ParameterException(cl, "--scenario " + name + ": trend, beta or policy");
            };
            if (out.stream().noneMatch(o -> o.name().equals(s.name()))) {
                out.add(s);
            }
        }
        if (!raised.isEmpty() && out.stream().noneMatch(s -> s instanceof Scenario.Policy)) {
            throw new ParameterException(cl, "--raise goes with --scenario policy");
        }
        return out;
    }

    /** The raises by economy code, in the order given. */
    private Map<String, Double> raises(CommandLine cl) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (raises == null) {
            return out;
        }
        for (String spec : raises) {
            int colon = spec.lastIndexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new ParameterException(cl, "--raise " + spec + ": CODES:RATE, e.g. KEN,IND:5%");
            }
            double rate = rate(cl, spec, spec.substring(colon + 1).strip());
            for (String part : spec.substring(0, colon).split(",")) {
                if (!part.isBlank()) {
                    String code = Economies.worldBank().find(part.strip()).map(Economy::code).orElse(part.strip());
                    if (out.put(code, rate) != null) {
                        throw new ParameterException(cl, "--raise names " + code + " twice");
                    }
                }
            }
        }
        return out;
    }

    private static double rate(CommandLine cl, String spec, String text) {
        boolean percent = text.endsWith("%");
        double r;
        try {
            r = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
        } catch (NumberFormatException e) {
            throw new ParameterException(cl, "--raise " + spec + ": the rate " + text + " is not a number (5% or 0.05)");
        }
        if (!percent && Math.abs(r) >= 1) {
            throw new ParameterException(cl, "--raise " + spec + ": " + text + " would be " + Math.round(r * 100)
                    + "% a year; write " + text + "% for a percentage, or a rate such as 0.05");
        }
        double rate = percent ? r / 100 : r;
        if (!(rate > -1) || Double.isInfinite(rate)) {
            throw new ParameterException(cl, "--raise " + spec + ": the rate must be above -100%: " + text);
        }
        return rate;
    }
}
