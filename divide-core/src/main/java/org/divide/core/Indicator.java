package org.divide.core;

import java.util.Objects;
import org.divide.core.internal.Checks;

/**
 * A measured quantity: a code (such as the World Bank's {@code IT.NET.BBND.P2}), a readable
 * name, a unit, the {@link Direction} in which it points and the source it comes from.
 *
 * <p>Two indicators are equal when all their fields are equal; a {@code Panel} keys its columns by
 * {@link #code()}.
 *
 * @param code      the identifier, non-blank, without leading or trailing white space
 * @param name      a readable name, non-null (defaults to the code in {@link #of(String)})
 * @param unit      the unit of measurement, non-null, may be empty when unknown
 * @param direction whether higher values are better, non-null
 * @param source    where the values come from, non-null, may be empty when unknown
 */
public record Indicator(String code, String name, String unit, Direction direction, String source) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the code is blank or padded, or any field is null
     */
    public Indicator {
        Checks.code("indicator code", code);
        Objects.requireNonNull(name, "indicator name");
        Objects.requireNonNull(unit, "indicator unit");
        Objects.requireNonNull(direction, "indicator direction");
        Objects.requireNonNull(source, "indicator source");
    }

    /**
     * An indicator known only by its code: the name is the code, unit and source are empty and the
     * direction is {@link Direction#POSITIVE}.
     *
     * @param code the identifier
     * @return the indicator
     */
    public static Indicator of(String code) {
        return new Indicator(code, code, "", Direction.POSITIVE, "");
    }

    /**
     * A copy with another direction.
     *
     * @param newDirection the direction of the copy
     * @return the copy
     */
    public Indicator withDirection(Direction newDirection) {
        return new Indicator(code, name, unit, newDirection, source);
    }
}
