package org.divide.examples.cli;

import java.util.Locale;
import java.util.function.DoubleFunction;

import org.divide.metrics.inequality.Measure;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses an inequality measure written as {@code name} or {@code name:parameter}: a picocli
 * converter, so that an unknown name or a bad parameter is a usage error (exit 2).
 */
final class MeasureParser implements ITypeConverter<Measure> {

    /** The names accepted, for help texts and error messages. */
    static final String NAMES = "gini, theil-t, theil-l (mld), ge:ALPHA, atkinson:EPSILON, ede:EPSILON, cv,"
            + " var-log, hoover, kolm:KAPPA, palma, share-ratio:BOTTOM:TOP, herfindahl, rosenbluth, wolfson";

    @Override
    public Measure convert(String value) {
        return parse(value);
    }

    /**
     * Parses one measure.
     *
     * @param text such as {@code gini}, {@code ge:2}, {@code atkinson:0.5}, {@code share-ratio:0.2:0.2}
     * @return the measure
     * @throws TypeConversionException naming the text if it is not a measure
     */
    static Measure parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", -1);
        String name = parts[0];
        try {
            return switch (name) {
                case "gini" -> none(text, parts, Measure.gini());
                case "theil-t", "theil", "theilt" -> none(text, parts, Measure.theilT());
                case "theil-l", "theill", "mld" -> none(text, parts, Measure.theilL());
                case "cv" -> none(text, parts, Measure.coefficientOfVariation());
                case "var-log", "varlog", "variance-of-logs" -> none(text, parts, Measure.varianceOfLogs());
                case "hoover" -> none(text, parts, Measure.hoover());
                case "palma" -> none(text, parts, Measure.palma());
                case "herfindahl", "hhi" -> none(text, parts, Measure.herfindahl());
                case "rosenbluth" -> none(text, parts, Measure.rosenbluth());
                case "wolfson" -> none(text, parts, Measure.wolfson());
                case "ge" -> one(text, parts, Measure::generalizedEntropy);
                case "atkinson" -> one(text, parts, Measure::atkinson);
                case "ede" -> one(text, parts, Measure::equallyDistributedEquivalent);
                case "kolm" -> one(text, parts, Measure::kolm);
                case "share-ratio" -> {
                    if (parts.length != 3) {
                        throw new TypeConversionException("measure '" + text + "' needs two population shares,"
                                + " as in share-ratio:0.2:0.2 (the S80/S20 ratio)");
                    }
                    yield Measure.quantileShareRatio(number(text, parts[1]), number(text, parts[2]));
                }
                default -> throw new TypeConversionException("unknown measure '" + text + "'; use " + NAMES);
            };
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("measure '" + text + "': " + e.getMessage());
        }
    }

    private static Measure none(String text, String[] parts, Measure measure) {
        if (parts.length != 1) {
            throw new TypeConversionException("measure '" + parts[0] + "' takes no parameter: '" + text + "'");
        }
        return measure;
    }

    private static Measure one(String text, String[] parts, DoubleFunction<Measure> factory) {
        if (parts.length != 2) {
            throw new TypeConversionException("measure '" + parts[0] + "' needs one parameter, as in " + parts[0]
                    + (parts[0].equals("ge") ? ":2" : parts[0].equals("kolm") ? ":1" : ":0.5") + ": '" + text + "'");
        }
        return factory.apply(number(text, parts[1]));
    }

    private static double number(String text, String parameter) {
        try {
            double v = Double.parseDouble(parameter);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("measure '" + text + "': parameter '" + parameter
                    + "' is not a finite number");
        }
    }
}
