package org.divide.io.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of a series' dimensions (the time dimension excluded) is the economy and which make the
 * indicator code, by the rules of {@link SdmxOptions}.
 */
final class Roles {

    /** The REF_AREA role in SDMX-JSON. */
    static final String AREA_ROLE = "REF_AREA";

    /** The economy's position in the dimensions, or -1 for a fixed economy. */
    final int economy;
    /** The positions of the indicator dimensions, in order. */
    final int[] indicator;
    /** The economy dimension id, empty for a fixed economy. */
    final String economyId;
    /** The indicator dimension ids. */
    final List<String> indicatorIds;

    private Roles(int economy, int[] indicator, List<String> ids) {
        this.economy = economy;
        this.indicator = indicator;
        this.economyId = economy < 0 ? "" : ids.get(economy);
        List<String> names = new ArrayList<>(indicator.length);
        for (int i : indicator) {
            names.add(ids.get(i));
        }
        this.indicatorIds = List.copyOf(names);
    }

    /**
     * Finds the roles.
     *
     * @param ids     the dimension ids of the series, without the time dimension
     * @param roles   the roles the message gives dimensions (SDMX-JSON), by id; may be empty
     * @param options the mapping options
     * @return the roles
     * @throws IllegalArgumentException if the economy or an indicator dimension is not found,
     *                                  naming the dimensions present
     */
    static Roles of(List<String> ids, Map<String, String> roles, SdmxOptions options) {
        int economy = options.fixedEconomy() != null ? -1 : economy(ids, roles, options);
        List<String> wanted = options.indicator();
        int[] indicator;
        if (wanted != null && !wanted.isEmpty()) {
            indicator = new int[wanted.size()];
            for (int k = 0; k < indicator.length; k++) {
                indicator[k] = require(ids, wanted.get(k), "indicator");
            }
        } else {
            int named = wanted == null ? find(ids, "INDICATOR") : -1;
            if (named >= 0 && named != economy) {
                indicator = new int[] {named};
            } else {
                indicator = new int[ids.size() - (economy < 0 ? 0 : 1)];
                int k = 0;
                for (int i = 0; i < ids.size(); i++) {
                    if (i != economy) {
                        indicator[k++] = i;
                    }
                }
            }
        }
        return new Roles(economy, indicator, ids);
    }

    private static int economy(List<String> ids, Map<String, String> roles, SdmxOptions options) {
        if (options.economy() != null) {
            return require(ids, options.economy(), "economy");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (AREA_ROLE.equalsIgnoreCase(roles.getOrDefault(ids.get(i), ""))) {
                return i;
            }
        }
        for (String candidate : SdmxOptions.ECONOMY_DIMENSIONS) {
            int i = find(ids, candidate);
            if (i >= 0) {
                return i;
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).toUpperCase(Locale.ROOT).endsWith("_" + AREA_ROLE)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no economy dimension among the dimensions " + ids + " (looked for "
                + SdmxOptions.ECONOMY_DIMENSIONS + " and *_REF_AREA); name one with SdmxOptions.withEconomy"
                + " or set one economy with SdmxOptions.withFixedEconomy");
    }

    private static int require(List<String> ids, String id, String role) {
        int i = find(ids, id);
        if (i < 0) {
            throw new IllegalArgumentException("no " + role + " dimension '" + id + "' among the dimensions " + ids);
        }
        return i;
    }

    /**
     * The position of an id, compared without regard to case.
     *
     * @param ids the ids
     * @param id  the id sought
     * @return the position or -1
     */
    static int find(List<String> ids, String id) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equalsIgnoreCase(id)) {
                return i;
            }
        }
        return -1;
    }
}
