package org.divide.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of economies: the World Bank classification for fiscal year 2026 (218 economies and
 * 48 aggregates, with region, income group, lending category and ISO codes), the income-group history
 * FY1989–FY2026, territories from ISO 3166-1 that the World Bank does not classify (Anguilla,
 * Guadeloupe, Western Sahara, ...; no income group), former economies (USSR, Yugoslavia,
 * Czechoslovakia, ...) and a few aggregates of other sources, with the aliases that let sources keyed
 * by name join those keyed by code.
 *
 * <pre>{@code
 * Economies wb = Economies.worldBank();
 * wb.require("Korea, South").code();              // "KOR"
 * wb.find("Côte d'Ivoire").map(Economy::incomeGroup); // Optional[Lower middle income]
 * wb.incomeGroup("CHN", 2000);                     // Optional[Lower middle income]
 * }</pre>
 *
 * <h2>Lookup</h2>
 * {@link #find(String)} tries, in order: a registry code (ISO 3166-1 alpha-3, a World Bank aggregate
 * code such as {@code WLD} or {@code HIC}, an ISO 3166-3 code of a former economy such as {@code SUN},
 * an {@code OWID_*} code used as code), an Our World in Data code standing for another entity
 * ({@code OWID_WRL} → {@code WLD}, {@code OWID_KOS} → {@code XKX}, {@code OWID_USS} → {@code SUN}),
 * an ISO alpha-2 code, an ISO numeric code ({@code "004"} or {@code "4"}), and finally a name or alias.
 * Codes are compared ignoring case. Names are compared after normalisation (case, accents, punctuation
 * and white space ignored, {@code &} read as "and", "St." as "Saint", "the" dropped; see
 * {@code EconomyNames}), so "Côte d’Ivoire", "Cote d'Ivoire" and "Ivory Coast" all find {@code CIV}.
 * A name ending in "(WB)", as Our World in Data writes World Bank regions, finds the World Bank
 * aggregate of that name. Names follow the World Bank where sources disagree: "North America" is the
 * World Bank aggregate {@code NAC}; Our World in Data's continent is {@code OWID_NAM}.
 *
 * <p>The {@code find} and {@code by...} methods return an empty {@link Optional} when nothing matches;
 * {@link #require(String)} throws instead; {@link #resolveAll(Collection)} reports what did not match.
 *
 * <p>Instances are immutable and thread-safe. The bundled files and their licences are listed in
 * {@code org/divide/core/economies/SOURCES.md}.
 */
public final class Economies {

    /** The first fiscal year of the income-group history. */
    public static final int FIRST_FISCAL_YEAR = 1989;

    /** The fiscal year of the bundled classification (July 2025 to June 2026). */
    public static final int FISCAL_YEAR = 2026;

    private final EconomiesLoader.Parts parts;
    private final List<Economy> classified;
    private final List<Economy> aggregates;
    private final List<Economy> territories;
    private final List<Economy> historical;

    private Economies(EconomiesLoader.Parts parts) {
        this.parts = parts;
        this.classified = ofKind(parts.all(), Economy.Kind.CLASSIFIED);
        this.aggregates = ofKind(parts.all(), Economy.Kind.AGGREGATE);
        this.territories = ofKind(parts.all(), Economy.Kind.TERRITORY);
        this.historical = ofKind(parts.all(), Economy.Kind.HISTORICAL);
        if (parts.history().firstYear() != FIRST_FISCAL_YEAR || parts.history().lastYear() != FISCAL_YEAR) {
            throw new IllegalStateException("the bundled income history covers FY" + parts.history().firstYear()
                    + "-FY" + parts.history().lastYear() + ", expected FY" + FIRST_FISCAL_YEAR + "-FY" + FISCAL_YEAR);
        }
    }

    private static List<Economy> ofKind(List<Economy> all, Economy.Kind kind) {
        return all.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Loads the bundled registry on first use (initialisation-on-demand holder). */
    private static final class Holder {
        static final Economies WORLD_BANK = new Economies(EconomiesLoader.load());
    }

    /**
     * The bundled registry, loaded once on first use.
     *
     * @return the registry built from the World Bank FY2026 classification
     */
    public static Economies worldBank() {
        return Holder.WORLD_BANK;
    }

    /**
     * The number of entities of every kind.
     *
     * @return the size of {@link #all()}
     */
    public int size() {
        return parts.all().size();
    }

    /**
     * Every entity: the World Bank economies and aggregates in the order of the classification, then
     * the territories in ISO order, then the other historical and aggregate entities.
     *
     * @return the entities, unmodifiable
     */
    public List<Economy> all() {
        return parts.all();
    }

    /**
     * The economies the World Bank classifies (218 in FY2026), in the order of its file.
     *
     * @return the economies of kind {@link Economy.Kind#CLASSIFIED}, unmodifiable
     */
    public List<Economy> classified() {
        return classified;
    }

    /**
     * The aggregates: the 48 of the World Bank classification, then {@code INX} ("Not classified",
     * as in WDI files) and the continents and "International" of Our World in Data
     * ({@code OWID_AFR}, ...).
     *
     * @return the economies of kind {@link Economy.Kind#AGGREGATE}, unmodifiable
     */
    public List<Economy> aggregates() {
        return aggregates;
    }

    /**
     * The ISO 3166-1 territories that the World Bank does not classify, without region or income group.
     *
     * @return the economies of kind {@link Economy.Kind#TERRITORY}, unmodifiable
     */
    public List<Economy> territories() {
        return territories;
    }

    /**
     * The former economies: by ISO 3166-3 code where one exists ({@code SUN}, {@code CSK}, {@code YUG},
     * {@code SCG}, {@code ANT}, {@code DDR}, {@code YMD}, {@code VDR}), otherwise by Our World in Data
     * code ({@code OWID_GFR}, ...).
     *
     * @return the economies of kind {@link Economy.Kind#HISTORICAL}, unmodifiable
     */
    public List<Economy> historical() {
        return historical;
    }

    /**
     * Finds an economy by code or name, as described in the class documentation.
     *
     * @param codeOrName a code or a name, surrounding white space ignored
     * @return the economy, or empty if nothing matches (also for a blank argument)
     * @throws IllegalArgumentException if the argument is null
     */
    public Optional<Economy> find(String codeOrName) {
        if (codeOrName == null) {
            throw new IllegalArgumentException("codeOrName is null");
        }
        String s = codeOrName.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Economy> byCode = byCode(s);
        if (byCode.isPresent()) {
            return byCode;
        }
        Economy e = parts.byOwidCode().get(s.toUpperCase(Locale.ROOT));
        if (e == null) {
            e = byIso2(s).or(() -> byNumeric(s)).orElse(null);
        }
        if (e == null) {
            e = EconomyNames.find(s, parts.byName());
        }
        return Optional.ofNullable(e);
    }

    /**
     * Finds an economy by code or name, or fails.
     *
     * @param codeOrName a code or a name
     * @return the economy
     * @throws IllegalArgumentException if nothing matches, naming the argument and close names if any
     */
    public Economy require(String codeOrName) {
        return find(codeOrName).orElseThrow(() -> new IllegalArgumentException(
                "unknown economy '" + codeOrName + "' (no ISO code, name or alias matches)"
                        + EconomyNames.suggestion(codeOrName, parts.byName())));
    }

    /**
     * Finds an entity by its registry code: ISO alpha-3, World Bank aggregate code, ISO 3166-3 code of a
     * former economy or Our World in Data code used as code. Case is ignored.
     *
     * @param code the code
     * @return the entity, or empty
     * @throws IllegalArgumentException if the code is null
     */
    public Optional<Economy> byCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("code is null");
        }
        return Optional.ofNullable(parts.byCode().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Finds an economy by three-letter code that is not an aggregate: ISO 3166-1 alpha-3, the World
     * Bank's {@code XKX} (Kosovo) and {@code CHI} (Channel Islands), or an ISO 3166-3 code of a former
     * economy. Case is ignored.
     *
     * @param iso3 the code
     * @return the economy, or empty (also for aggregate codes such as {@code WLD})
     * @throws IllegalArgumentException if the code is null
     */
    public Optional<Economy> byIso3(String iso3) {
        return byCode(iso3).filter(e -> !e.isAggregate() && e.code().length() == 3);
    }

    /**
     * Finds an economy by ISO 3166-1 alpha-2 code. Case is ignored.
     *
     * @param iso2 the code, e.g. {@code "KR"}
     * @return the economy, or empty
     * @throws IllegalArgumentException if the code is null
     */
    public Optional<Economy> byIso2(String iso2) {
        if (iso2 == null) {
            throw new IllegalArgumentException("iso2 is null");
        }
        return Optional.ofNullable(parts.byIso2().get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Finds an economy by ISO 3166-1 numeric code, with or without leading zeros.
     *
     * @param numeric the code, e.g. {@code "004"} or {@code "4"}
     * @return the economy, or empty (also if the argument is not one to three digits)
     * @throws IllegalArgumentException if the code is null
     */
    public Optional<Economy> byNumeric(String numeric) {
        if (numeric == null) {
            throw new IllegalArgumentException("numeric is null");
        }
        String s = numeric.strip();
        if (!s.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(parts.byNumeric().get("000".substring(s.length()) + s));
    }

    /**
     * Resolves many codes or names at once and reports every outcome: matched inputs, unmatched ones,
     * and which matches are aggregates or former economies. Repeated inputs are reported once.
     *
     * @param codesOrNames the inputs, none null (blank inputs are unmatched)
     * @return the resolution
     * @throws IllegalArgumentException if the collection or an element is null, naming its position
     */
    public EconomyResolution resolveAll(Collection<String> codesOrNames) {
        return EconomyResolution.of(codesOrNames, this::find);
    }

    /**
     * The member economies of a World Bank aggregate, as in the FY2026 composition file.
     *
     * @param aggregate the aggregate's code or name, e.g. {@code "LIC"} or "Low income"
     * @return the members in the order of the file, unmodifiable
     * @throws IllegalArgumentException if the argument is unknown, not an aggregate, or an aggregate
     *                                  without a bundled composition ({@code INX}, {@code OWID_AFR}, ...)
     */
    public List<Economy> members(String aggregate) {
        Economy group = require(aggregate);
        List<Economy> list = parts.members().get(group.code());
        if (list == null) {
            throw new IllegalArgumentException(group.isAggregate()
                    ? "aggregate " + group.code() + " (" + group.name() + ") has no bundled composition"
                    : "'" + aggregate + "' is " + group.code() + " (" + group.name() + "), not an aggregate");
        }
        return list;
    }

    /**
     * The World Bank income group of an economy in a fiscal year (FY2000 runs from July 1999 to June
     * 2000 and rests on 1998 GNI per capita). FY2026 is the bundled classification itself.
     *
     * @param codeOrName the economy's code or name
     * @param fiscalYear the fiscal year, {@value #FIRST_FISCAL_YEAR} to {@value #FISCAL_YEAR}
     * @return the label ("Low income", "Lower middle income", "Upper middle income", "High income"), or
     *         empty if the economy was not classified that year (not yet existing, unclassified,
     *         aggregates, territories outside the history)
     * @throws IllegalArgumentException if the economy is unknown or the year out of range
     */
    public Optional<String> incomeGroup(String codeOrName, int fiscalYear) {
        return incomeCode(codeOrName, fiscalYear).map(EconomyIncomeHistory::label);
    }

    /**
     * The World Bank income code of an economy in a fiscal year; see {@link #incomeGroup(String, int)}.
     *
     * @param codeOrName the economy's code or name
     * @param fiscalYear the fiscal year, {@value #FIRST_FISCAL_YEAR} to {@value #FISCAL_YEAR}
     * @return {@code L}, {@code LM}, {@code UM} or {@code H}, or empty if not classified that year
     * @throws IllegalArgumentException if the economy is unknown or the year out of range
     */
    public Optional<String> incomeCode(String codeOrName, int fiscalYear) {
        if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > FISCAL_YEAR) {
            throw new IllegalArgumentException("fiscalYear must be in [" + FIRST_FISCAL_YEAR + ", " + FISCAL_YEAR
                    + "]: " + fiscalYear);
        }
        return parts.history().code(require(codeOrName).code(), fiscalYear);
    }

    /**
     * The World Bank income codes of an economy over all fiscal years in which it was classified.
     *
     * @param codeOrName the economy's code or name
     * @return fiscal year → income code ({@code L}, {@code LM}, {@code UM}, {@code H}), ascending,
     *         unmodifiable; empty for aggregates and territories outside the history
     * @throws IllegalArgumentException if the economy is unknown
     */
    public NavigableMap<Integer, String> incomeCodeHistory(String codeOrName) {
        return parts.history().codes(require(codeOrName).code());
    }

    /**
     * The FY2026 income group of every classified economy that has one, as code → label; Ethiopia and
     * Venezuela (unclassified in FY2026) are left out.
     *
     * @return economy code → income group label, in classification order, unmodifiable
     */
    public Map<String, String> incomeGroupLabels() {
        return labels(Economy::incomeGroup);
    }

    /**
     * The World Bank region of every classified economy, as code → region name.
     *
     * @return economy code → region name, in classification order, unmodifiable
     */
    public Map<String, String> regionLabels() {
        return labels(Economy::region);
    }

    /**
     * The FY2026 World Bank income groups of the classified economies as a {@link Grouping} named
     * "income group", labels ordered from "Low income" to "High income"; Ethiopia and Venezuela
     * (unclassified) are not in it.
     *
     * @return the grouping
     */
    public Grouping incomeGroups() {
        return Grouping.of("income group", incomeGroupLabels()).withLabelOrder(List.of(
                EconomyIncomeHistory.label("L"), EconomyIncomeHistory.label("LM"), EconomyIncomeHistory.label("UM"),
                EconomyIncomeHistory.label("H")));
    }

    /**
     * The World Bank regions of the classified economies as a {@link Grouping} named "region", labels in
     * order of first appearance in the classification.
     *
     * @return the grouping
     */
    public Grouping regions() {
        return Grouping.of("region", regionLabels());
    }

    private Map<String, String> labels(Function<Economy, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Economy e : classified) {
            if (label.apply(e) != null) {
                labels.put(e.code(), label.apply(e));
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    /**
     * A short description for logs.
     *
     * @return the counts of each kind
     */
    @Override
    public String toString() {
        return "Economies[FY" + FISCAL_YEAR + ": " + classified.size() + " classified, " + aggregates.size()
                + " aggregates, " + territories.size() + " territories, " + historical.size() + " historical]";
    }
}
