package org.divide.core;

import java.util.Objects;
import org.divide.core.internal.Checks;

/**
 * An economy: a country or territory (keyed by its ISO 3166-1 alpha-3 code), or a World Bank
 * aggregate such as {@code WLD}, {@code HIC} or {@code SSF}, or a historical entity such as the
 * USSR.
 *
 * <p>The classification fields come from the World Bank's country classification (see
 * the {@code Economies} registry); they are {@code null} where the source has none: aggregates have no region
 * or income group, territories outside the World Bank list (Anguilla, Western Sahara, ...) have no
 * income group, and some economies are temporarily unclassified (Venezuela, Ethiopia in FY2026).
 *
 * @param code            ISO 3166-1 alpha-3 code, a World Bank aggregate code or a project code
 *                        for a historical entity; non-blank
 * @param name            the World Bank's name (or the ISO name), non-blank
 * @param kind            what sort of entity this is, non-null
 * @param iso2            ISO 3166-1 alpha-2 code, or {@code null}
 * @param isoNumeric      ISO 3166-1 numeric code as three digits (e.g. {@code "004"}), or {@code null}
 * @param region          World Bank region name, or {@code null}
 * @param regionCode      World Bank region code (e.g. {@code "SSF"}), or {@code null}
 * @param incomeGroup     World Bank income group name (e.g. {@code "Low income"}), or {@code null}
 * @param incomeCode      World Bank income code ({@code L}, {@code LM}, {@code UM}, {@code H}), or {@code null}
 * @param lendingCategory World Bank lending category ({@code IDA}, {@code IBRD}, {@code Blend}), or {@code null}
 */
public record Economy(String code, String name, Kind kind, String iso2, String isoNumeric, String region,
        String regionCode, String incomeGroup, String incomeCode, String lendingCategory) {

    /** What sort of entity an economy is. */
    public enum Kind {
        /** An economy classified by the World Bank (218 in FY2026). */
        CLASSIFIED,
        /** A World Bank aggregate: a region, an income group, the world, ... */
        AGGREGATE,
        /** A territory with an ISO 3166-1 code that the World Bank does not classify. */
        TERRITORY,
        /** An entity that no longer exists (USSR, Yugoslavia, Czechoslovakia, ...). */
        HISTORICAL
    }

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the code or name is blank, or the kind is null
     */
    public Economy {
        Checks.code("economy code", code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name of economy " + code + " is blank: '" + name + "'");
        }
        Objects.requireNonNull(kind, "kind of economy " + code);
    }

    /**
     * An economy known only by code and name, of kind {@link Kind#CLASSIFIED}, with no
     * classification fields: for tests and for data that carry their own grouping.
     *
     * @param code the code
     * @param name the name
     * @return the economy
     */
    public static Economy of(String code, String name) {
        return new Economy(code, name, Kind.CLASSIFIED, null, null, null, null, null, null, null);
    }

    /**
     * Whether this is an aggregate of economies (a World Bank region or income group, the world)
     * rather than a single economy.
     *
     * @return {@code true} for {@link Kind#AGGREGATE}
     */
    public boolean isAggregate() {
        return kind == Kind.AGGREGATE;
    }
}
