package org.divide.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link Economies} registry from the files bundled under
 * {@code org/divide/core/economies/}: the World Bank classification and its aggregate compositions,
 * the ISO 3166 list, the other (historical and aggregate) entities, Our World in Data codes, the
 * aliases and the income history. Every file is checked while loading: an unknown code, a duplicate
 * code or a name that would lead to two different economies fails with the file and line.
 */
final class EconomiesLoader {

    /** Where the bundled files are, relative to this package. */
    static final String DIR = "economies/";

    private final List<Economy> all = new ArrayList<>();
    private final Map<String, Economy> byCode = new HashMap<>();
    private final Map<String, Economy> byIso2 = new HashMap<>();
    private final Map<String, Economy> byNumeric = new HashMap<>();
    private final Map<String, Economy> byName = new HashMap<>();
    private final Map<String, String> nameSources = new HashMap<>();
    private final Map<String, Economy> byOwidCode = new HashMap<>();
    private final Map<String, List<Economy>> members = new LinkedHashMap<>();

    private EconomiesLoader() {
    }

    /**
     * The loaded registry's parts, all unmodifiable.
     *
     * @param all       every entity in load order
     * @param byCode    upper-case registry code → entity
     * @param byIso2    ISO alpha-2 → economy
     * @param byNumeric three-digit ISO numeric → economy
     * @param byName    name key ({@link EconomyNames#key}) → entity
     * @param byOwidCode Our World in Data code → entity, for OWID codes that are not registry codes
     * @param members   World Bank aggregate code → member economies
     * @param history   the income history
     */
    record Parts(List<Economy> all, Map<String, Economy> byCode, Map<String, Economy> byIso2,
            Map<String, Economy> byNumeric, Map<String, Economy> byName, Map<String, Economy> byOwidCode,
            Map<String, List<Economy>> members, EconomyIncomeHistory history) {
    }

    /**
     * Loads the bundled registry.
     *
     * @return its parts
     * @throws IllegalStateException if a bundled file is missing or inconsistent
     */
    static Parts load() {
        EconomiesLoader loader = new EconomiesLoader();
        loader.classification(EconomiesCsv.readResource(DIR + "wb_class_fy2026.csv"));
        loader.iso3166(EconomiesCsv.readResource(DIR + "iso3166.csv"));
        loader.others(EconomiesCsv.readResource(DIR + "other_entities.csv"));
        loader.owidCodes(EconomiesCsv.readResource(DIR + "owid_codes.csv"));
        loader.composition(EconomiesCsv.readResource(DIR + "wb_class_fy2026_composition.csv"));
        loader.aliases(EconomiesCsv.readResource(DIR + "aliases.csv"));
        EconomyIncomeHistory history = EconomyIncomeHistory.of(
                EconomiesCsv.readResource(DIR + "wb_income_history.csv"), loader.byCode.keySet());
        Map<String, List<Economy>> members = new LinkedHashMap<>();
        loader.members.forEach((code, list) -> members.put(code, List.copyOf(list)));
        return new Parts(List.copyOf(loader.all), Map.copyOf(loader.byCode), Map.copyOf(loader.byIso2),
                Map.copyOf(loader.byNumeric), Map.copyOf(loader.byName), Map.copyOf(loader.byOwidCode),
                Collections.unmodifiableMap(members), history);
    }

    private void classification(EconomiesCsv.Table table) {
        table.expect("iso3", "name", "is_aggregate", "region", "region_code", "income_group", "income_code",
                "lending_category", "iso2", "iso_numeric");
        for (EconomiesCsv.Record r : table.records()) {
            String flag = r.required(2, "is_aggregate");
            if (!flag.equals("0") && !flag.equals("1")) {
                throw r.error("is_aggregate must be 0 or 1: '" + flag + "'");
            }
            Economy.Kind kind = flag.equals("1") ? Economy.Kind.AGGREGATE : Economy.Kind.CLASSIFIED;
            String incomeCode = r.get(6);
            if (incomeCode != null && !r.required(5, "income_group").equals(EconomyIncomeHistory.label(incomeCode))) {
                throw r.error("income group '" + r.get(5) + "' does not belong to income code " + incomeCode);
            }
            add(r, new Economy(r.required(0, "iso3"), r.required(1, "name"), kind, r.get(8), r.get(9), r.get(3),
                    r.get(4), r.get(5), incomeCode, r.get(7)));
        }
    }

    private void iso3166(EconomiesCsv.Table table) {
        table.expect("alpha3", "numeric", "name", "alpha2");
        for (EconomiesCsv.Record r : table.records()) {
            String code = r.required(0, "alpha3");
            String numeric = r.required(1, "numeric");
            String name = r.required(2, "name");
            String alpha2 = r.required(3, "alpha2");
            Economy known = byCode.get(code);
            if (known == null) {
                add(r, new Economy(code, name, Economy.Kind.TERRITORY, alpha2, numeric, null, null, null, null, null));
            } else if (!alpha2.equals(known.iso2()) || !numeric.equals(known.isoNumeric())) {
                throw r.error(code + " has ISO codes " + alpha2 + "/" + numeric + " here but " + known.iso2() + "/"
                        + known.isoNumeric() + " in the World Bank classification");
            } else {
                name(r, name, known);
            }
        }
    }

    private void others(EconomiesCsv.Table table) {
        table.expect("code", "kind", "name");
        for (EconomiesCsv.Record r : table.records()) {
            Economy.Kind kind;
            try {
                kind = Economy.Kind.valueOf(r.required(1, "kind"));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown kind '" + r.get(1) + "'");
            }
            if (kind != Economy.Kind.HISTORICAL && kind != Economy.Kind.AGGREGATE) {
                throw r.error("kind must be HISTORICAL or AGGREGATE: " + kind);
            }
            add(r, new Economy(r.required(0, "code"), r.required(2, "name"), kind, null, null, null, null, null,
                    null, null));
        }
    }

    private void owidCodes(EconomiesCsv.Table table) {
        table.expect("owid_code", "code");
        for (EconomiesCsv.Record r : table.records()) {
            String owid = r.required(0, "owid_code");
            Economy target = known(r, r.required(1, "code"));
            if (byCode.containsKey(owid) || byOwidCode.put(owid, target) != null) {
                throw r.error("OWID code " + owid + " is defined twice");
            }
        }
    }

    private void composition(EconomiesCsv.Table table) {
        table.expect("group_code", "members");
        for (EconomiesCsv.Record r : table.records()) {
            Economy group = known(r, r.required(0, "group_code"));
            if (!group.isAggregate()) {
                throw r.error(group.code() + " is not an aggregate");
            }
            List<Economy> list = new ArrayList<>();
            for (String code : r.required(1, "members").split(" ")) {
                Economy member = known(r, code);
                if (member.kind() != Economy.Kind.CLASSIFIED || list.contains(member)) {
                    throw r.error("member " + code + " of " + group.code() + " is not a classified economy or repeated");
                }
                list.add(member);
            }
            if (members.put(group.code(), list) != null) {
                throw r.error("aggregate " + group.code() + " is listed twice");
            }
        }
    }

    private void aliases(EconomiesCsv.Table table) {
        table.expect("code", "aliases");
        for (EconomiesCsv.Record r : table.records()) {
            Economy economy = known(r, r.required(0, "code"));
            for (int i = 1; i < r.fields().size(); i++) {
                name(r, r.required(i, "alias " + i), economy);
            }
        }
    }

    private Economy known(EconomiesCsv.Record r, String code) {
        Economy e = byCode.get(code);
        if (e == null) {
            throw r.error("unknown code " + code);
        }
        return e;
    }

    private void add(EconomiesCsv.Record r, Economy economy) {
        String code = economy.code();
        if (!code.equals(code.toUpperCase(Locale.ROOT)) || byCode.putIfAbsent(code, economy) != null) {
            throw r.error("code " + code + " is not upper case or is defined twice");
        }
        all.add(economy);
        if (economy.iso2() != null && byIso2.putIfAbsent(economy.iso2(), economy) != null) {
            throw r.error("ISO alpha-2 " + economy.iso2() + " of " + code + " is used twice");
        }
        if (economy.isoNumeric() != null) {
            if (!economy.isoNumeric().matches("\\d{3}")) {
                throw r.error("ISO numeric of " + code + " is not three digits: " + economy.isoNumeric());
            }
            if (byNumeric.putIfAbsent(economy.isoNumeric(), economy) != null) {
                throw r.error("ISO numeric " + economy.isoNumeric() + " of " + code + " is used twice");
            }
        }
        name(r, economy.name(), economy);
    }

    private void name(EconomiesCsv.Record r, String name, Economy economy) {
        String key = EconomyNames.key(name);
        if (key.isEmpty()) {
            throw r.error("name '" + name + "' has no letter or digit");
        }
        Economy previous = byName.putIfAbsent(key, economy);
        if (previous == null) {
            nameSources.put(key, r.source() + " line " + r.line());
        } else if (!previous.equals(economy)) {
            throw r.error("name '" + name + "' of " + economy.code() + " is already a name of " + previous.code()
                    + " (" + nameSources.get(key) + ")");
        }
    }
}
