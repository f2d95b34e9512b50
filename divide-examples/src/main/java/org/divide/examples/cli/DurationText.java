package org.divide.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as a user writes it: a whole number with a unit, {@code ms}, {@code s}, {@code m},
 * {@code h} or {@code d} ({@code 500ms}, {@code 30s}, {@code 12h}, {@code 7d}), or an ISO-8601
 * duration ({@code PT1H30M}). Zero is allowed (a time-to-live of 0 revalidates every time).
 */
final class DurationText {

    private DurationText() {
    }

    /**
     * The duration of a text.
     *
     * @param text the duration as written
     * @return the duration, not negative
     * @throws IllegalArgumentException if the text is not such a duration
     */
    static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                if (!d.isNegative()) {
                    return d;
                }
            } else {
                int unit = 0;
                while (unit < t.length() && Character.isDigit(t.charAt(unit))) {
                    unit++;
                }
                if (unit > 0 && unit <= 12) {
                    long n = Long.parseLong(t.substring(0, unit));
                    switch (t.substring(unit)) {
                        case "ms":
                            return Duration.ofMillis(n);
                        case "s":
                            return Duration.ofSeconds(n);
                        case "m":
                            return Duration.ofMinutes(n);
                        case "h":
                            return Duration.ofHours(n);
                        case "d":
                            return Duration.ofDays(n);
                        default:
                            break;
                    }
                }
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid(text, e);
        }
        throw invalid(text, null);
    }

    private static IllegalArgumentException invalid(String text, Exception cause) {
        return new IllegalArgumentException("'" + text + "' is not a duration (expected a number with ms, s, m, h or"
                + " d, such as 12h or 7d)", cause);
    }

    /**
     * The text of a duration in the largest whole unit: {@code 7d}, {@code 12h}, {@code 90s}.
     *
     * @param d the duration
     * @return the text
     */
    static String format(Duration d) {
        long s = d.toSeconds();
        if (s >= 86_400 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return d.toMillis() % 1000 == 0 ? s + "s" : d.toMillis() + "ms";
    }

    /**
     * A duration rounded down to its largest unit, for ages: {@code 45s}, {@code 12m}, {@code 5h},
     * {@code 3d}.
     *
     * @param d the duration
     * @return the text
     */
    static String rounded(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 86_400 ? s / 86_400 + "d" : s >= 3600 ? s / 3600 + "h" : s >= 60 ? s / 60 + "m" : s + "s";
    }

    /** The picocli converter: a usage error naming the text. */
    static final class Converter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
