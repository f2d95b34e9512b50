package org.divide.io.sdmx;

import java.util.List;
import java.util.Objects;

/**
 * How the SDMX readers map the dimensions of a data message to a panel, immutable. The defaults
 * suit most messages; every choice can be named.
 *
 * <ul>
 * <li><b>Economy</b>: the first dimension that has the {@code REF_AREA} role (SDMX-JSON) or whose
 * id is one of {@link #ECONOMY_DIMENSIONS} (in that order), else the first whose id ends with
 * {@code _REF_AREA} (ECB's {@code AME_REF_AREA}); {@link #withEconomy(String)} names another,
 * {@link #withFixedEconomy(String)} puts every series in one economy. A message without any
 * economy dimension is rejected with the list of its dimensions.</li>
 * <li><b>Indicator</b>: the value of the {@code INDICATOR} dimension if there is one, else the
 * series key without the economy (and time): the values of the other dimensions in order, joined
 * by {@code .}, such as {@code M.N.W0.S1.S1.T.N.FA.F.F7.T.EUR._T.T.N}.
 * {@link #withIndicator(String...)} names the dimensions, {@link #withSeriesKeyIndicator()}
 * forces the series key. When no dimension is left the indicator is the measure id. The
 * indicator's name is made of the names of those dimensions' values when the message gives them
 * (SDMX-JSON structures, SDMX-CSV labels), else it is the series {@code TITLE} (SDMX-ML), else
 * the code.</li>
 * <li><b>Year</b>: the {@code TIME_PERIOD} dimension (or, in SDMX-JSON, the one with that role),
 * read as a {@link Period}; periods shorter than a year follow {@link SubAnnualPolicy}. A message
 * without a time dimension is rejected: it cannot form a panel.</li>
 * <li><b>Value</b>: the measure {@code OBS_VALUE}.</li>
 * <li><b>Dimensions</b>: SDMX-CSV and structure-specific SDMX-ML do not say which columns or XML
 * attributes are dimensions and which are attributes. By default SDMX-CSV takes the columns
 * before the measure column, and SDMX-ML takes every XML attribute except the usual SDMX
 * attribute concepts ({@link #KNOWN_ATTRIBUTES}) and those whose value is not an SDMX code
 * (it holds a space or a {@code /}, say). {@link #withDimensions(String...)} gives the list from
 * the data structure definition instead.</li>
 * </ul>
 * Ids are compared without regard to case (Eurostat writes {@code geo}, {@code freq}).
 *
 * <pre>{@code
 * SdmxOptions ecb = SdmxOptions.defaults();                       // REF_AREA, series key, TIME_PERIOD
 * SdmxOptions insee = SdmxOptions.defaults().withFixedEconomy("FRA");
 * SdmxOptions bis = SdmxOptions.defaults().withEconomy("DER_REP_CTY");
 * SdmxOptions annual = SdmxOptions.defaults().withSubAnnual(SubAnnualPolicy.REJECT);
 * }</pre>
 */
public final class SdmxOptions {

    /** The dimension ids taken as the economy by default, in order of preference. */
    public static final List<String> ECONOMY_DIMENSIONS = List.of("REF_AREA", "GEO", "COUNTRY", "LOCATION",
            "REPORTING_COUNTRY", "COU");

    /**
     * SDMX attribute concepts that structure-specific SDMX-ML never takes as dimensions (unless
     * {@link #withDimensions(String...)} says so): the cross-domain attributes and the usual
     * ones of ECB, Eurostat, BIS and IMF messages.
     */
    public static final List<String> KNOWN_ATTRIBUTES = List.of("OBS_STATUS", "OBS_CONF", "OBS_FLAG",
            "OBS_PRE_BREAK", "OBS_COM", "CONF_STATUS", "COMMENT", "TITLE", "TITLE_COMPL", "NAT_TITLE", "EXT_TITLE",
            "EXT_UNIT", "UNIT_MULT", "DECIMALS", "DECIMALS_DISPLAYED", "SCALE", "TIME_FORMAT", "TIME_PER_COLLECT",
            "COLLECTION", "COMPILATION", "SOURCE_AGENCY", "SOURCE_PUB", "BASE_PER", "UNIT_INDEX_BASE",
            "EMBARGO_TIME", "AVAILABILITY", "PRE_BREAK_VALUE", "REF_YEAR_PRICE", "OVERLAP");

    private static final SdmxOptions DEFAULTS = new SdmxOptions(null, null, null, "TIME_PERIOD", "OBS_VALUE", null,
            SubAnnualPolicy.SUFFIX);

    private final String economy;
    private final String fixedEconomy;
    /** {@code null}: INDICATOR or the series key; empty: the series key; else these dimensions. */
    private final List<String> indicator;
    private final String time;
    private final String measure;
    private final List<String> dimensions;
    private final SubAnnualPolicy subAnnual;

    private SdmxOptions(String economy, String fixedEconomy, List<String> indicator, String time, String measure,
            List<String> dimensions, SubAnnualPolicy subAnnual) {
        this.economy = economy;
        this.fixedEconomy = fixedEconomy;
        this.indicator = indicator;
        this.time = time;
        this.measure = measure;
        this.dimensions = dimensions;
        this.subAnnual = subAnnual;
    }

    /**
     * The defaults described in the class comment.
     *
     * @return the defaults
     */
    public static SdmxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The economy dimension named by {@link #withEconomy(String)}, or {@code null} for the
     * default search.
     *
     * @return the dimension id or {@code null}
     */
    public String economy() {
        return economy;
    }

    /**
     * A copy that takes the economy from a named dimension.
     *
     * @param dimension the dimension id, such as {@code DER_REP_CTY}
     * @return the copy
     * @throws IllegalArgumentException if the id is blank
     */
    public SdmxOptions withEconomy(String dimension) {
        return new SdmxOptions(id(dimension, "economy dimension"), null, indicator, time, measure, dimensions,
                subAnnual);
    }

    /**
     * The economy of every series set by {@link #withFixedEconomy(String)}, or {@code null}.
     *
     * @return the economy code or {@code null}
     */
    public String fixedEconomy() {
        return fixedEconomy;
    }

    /**
     * A copy that puts every series in one economy (for a national source whose messages have no
     * area dimension, such as INSEE's). The code is resolved like any economy code; every
     * dimension then belongs to the indicator.
     *
     * @param code the economy code or name
     * @return the copy
     * @throws IllegalArgumentException if the code is blank
     */
    public SdmxOptions withFixedEconomy(String code) {
        return new SdmxOptions(null, id(code, "economy code"), indicator, time, measure, dimensions, subAnnual);
    }

    /**
     * The dimensions whose values make the indicator code: {@code null} for the default
     * ({@code INDICATOR} or the series key), empty for the series key.
     *
     * @return the dimension ids, or {@code null}
     */
    public List<String> indicator() {
        return indicator;
    }

    /**
     * A copy whose indicator code is the values of these dimensions joined by {@code .}.
     *
     * @param dimensionIds the dimension ids, at least one
     * @return the copy
     * @throws IllegalArgumentException if none is given or one is blank
     */
    public SdmxOptions withIndicator(String... dimensionIds) {
        if (dimensionIds.length == 0) {
            throw new IllegalArgumentException("indicator dimensions: none given");
        }
        return new SdmxOptions(economy, fixedEconomy, ids(dimensionIds, "indicator dimension"), time, measure,
                dimensions, subAnnual);
    }

    /**
     * A copy whose indicator code is the whole series key without the economy, even when an
     * {@code INDICATOR} dimension exists.
     *
     * @return the copy
     */
    public SdmxOptions withSeriesKeyIndicator() {
        return new SdmxOptions(economy, fixedEconomy, List.of(), time, measure, dimensions, subAnnual);
    }

    /**
     * The time dimension.
     *
     * @return the dimension id, {@code TIME_PERIOD} by default
     */
    public String time() {
        return time;
    }

    /**
     * A copy with another time dimension.
     *
     * @param dimension the dimension id
     * @return the copy
     * @throws IllegalArgumentException if the id is blank
     */
    public SdmxOptions withTime(String dimension) {
        return new SdmxOptions(economy, fixedEconomy, indicator, id(dimension, "time dimension"), measure,
                dimensions, subAnnual);
    }

    /**
     * The measure read as the value.
     *
     * @return the measure id, {@code OBS_VALUE} by default
     */
    public String measure() {
        return measure;
    }

    /**
     * A copy that reads another measure (a message with several, such as {@code OBS_VALUE2}).
     *
     * @param id the measure id (in SDMX-CSV, the column)
     * @return the copy
     * @throws IllegalArgumentException if the id is blank
     */
    public SdmxOptions withMeasure(String id) {
        return new SdmxOptions(economy, fixedEconomy, indicator, time, id(id, "measure"), dimensions, subAnnual);
    }

    /**
     * The dimensions named by {@link #withDimensions(String...)}, or {@code null} when they are
     * found by the rules of the class comment.
     *
     * @return the dimension ids, or {@code null}
     */
    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * A copy that knows the dimensions of the data structure, in its order (the time dimension
     * may be listed or not): SDMX-CSV columns and SDMX-ML XML attributes not listed are
     * attributes, and series keys follow this order.
     *
     * @param dimensionIds the dimension ids, at least one
     * @return the copy
     * @throws IllegalArgumentException if none is given or one is blank
     */
    public SdmxOptions withDimensions(String... dimensionIds) {
        if (dimensionIds.length == 0) {
            throw new IllegalArgumentException("dimensions: none given");
        }
        return new SdmxOptions(economy, fixedEconomy, indicator, time, measure, ids(dimensionIds, "dimension"),
                subAnnual);
    }

    /**
     * What happens to observations of periods shorter than a year.
     *
     * @return the policy, {@link SubAnnualPolicy#SUFFIX} by default
     */
    public SubAnnualPolicy subAnnual() {
        return subAnnual;
    }

    /**
     * A copy with another policy for periods shorter than a year.
     *
     * @param policy the policy, non-null
     * @return the copy
     */
    public SdmxOptions withSubAnnual(SubAnnualPolicy policy) {
        return new SdmxOptions(economy, fixedEconomy, indicator, time, measure, dimensions,
                Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Whether a dimension id is one of {@link #dimensions()} (without regard to case); always
     * {@code true} when no list was given.
     *
     * @param id the id
     * @return whether it is a declared dimension
     */
    boolean declares(String id) {
        return dimensions == null || dimensions.stream().anyMatch(id::equalsIgnoreCase);
    }

    @Override
    public String toString() {
        return "SdmxOptions[economy=" + (fixedEconomy != null ? "fixed " + fixedEconomy
                : economy != null ? economy : "default") + ", indicator="
                + (indicator == null ? "default" : indicator.isEmpty() ? "series key" : indicator) + ", time=" + time
                + ", measure=" + measure + ", dimensions=" + (dimensions == null ? "found" : dimensions)
                + ", subAnnual=" + subAnnual + "]";
    }

    private static String id(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " is blank: '" + id + "'");
        }
        return id.strip();
    }

    private static List<String> ids(String[] ids, String what) {
        String[] copy = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            copy[i] = id(ids[i], what);
        }
        return List.of(copy);
    }
}
