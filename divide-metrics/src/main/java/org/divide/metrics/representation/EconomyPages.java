package org.divide.metrics.representation;

import java.util.Objects;

import org.divide.core.Economy;

/**
 * The pages attributed to one economy: each language's pages split across territories in proportion
 * to its speakers there.
 *
 * @param economy    the economy
 * @param territory  the territory code it joined by
 * @param population the territory's population
 * @param pages      the pages attributed, Σ_l pages_l × speakers_{t,l} / S_l
 */
public record EconomyPages(Economy economy, String territory, double population, double pages) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if the economy or territory is null
     */
    public EconomyPages {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(territory, "territory");
    }

    /** @return pages per person, pages / population */
    public double perPerson() {
        return pages / population;
    }
}
