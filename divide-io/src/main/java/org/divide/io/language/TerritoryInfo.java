package org.divide.io.language;

import java.util.List;
import java.util.Objects;

/**
 * CLDR's {@code supplemental/territoryInfo}: territories with their populations and the languages
 * spoken there.
 *
 * @param cldrVersion          {@code /supplemental/version/_cldrVersion}, or {@code null}
 * @param territories          the territories with a population, in document order; copied
 * @param withoutPopulation    the codes of the entries without {@code _population} (CLDR's {@code ZZ},
 *                             unknown region), left out; copied
 */
public record TerritoryInfo(String cldrVersion, List<Territory> territories, List<String> withoutPopulation) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public TerritoryInfo {
        Objects.requireNonNull(territories, "territories");
        territories = List.copyOf(territories);
        withoutPopulation = List.copyOf(withoutPopulation);
    }
}
