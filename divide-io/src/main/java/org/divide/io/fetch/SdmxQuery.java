package org.divide.io.fetch;

/**
 * A data query to an SDMX service: a dataflow, a series key and a period.
 *
 * <pre>{@code
 * SdmxQuery exr = SdmxQuery.of("EXR").withKey("A.USD+JPY.EUR.SP00.A").withPeriod("2000", "2023");
 * SdmxQuery oecd = SdmxQuery.of("OECD.SDD.TPS", "DSD_G20_PRICES@DF_G20_PRICES").withVersion("1.0")
 *         .withKey("CHN.A.N.CPI.PA._T.N.GY");
 * }</pre>
 *
 * @param agency      the agency maintaining the flow, or {@code null} for the endpoint's agency
 * @param flow        the dataflow id
 * @param version     the flow's version, or {@code null} for the latest ({@code latest} in API 2.1,
 *                    {@code ~} in 3.0)
 * @param key         the series key: dimension values in order, separated by {@code .}, an empty
 *                    position for all values, {@code +} between alternatives; empty for all series
 *                    ({@code all} in 2.1, {@code *} in 3.0). Sent as given, other characters
 *                    percent-encoded
 * @param startPeriod the first period ({@code 2000}, {@code 2000-Q1}), or {@code null}
 * @param endPeriod   the last period, or {@code null}
 */
public record SdmxQuery(String agency, String flow, String version, String key, String startPeriod,
        String endPeriod) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if the key is null
     * @throws IllegalArgumentException if the flow, or a given agency, version or period, is blank
     */
    public SdmxQuery {
        agency = agency == null ? null : UrlText.code(agency, "agency");
        flow = UrlText.code(flow, "flow");
        version = version == null ? null : UrlText.code(version, "version");
        key = key.strip();
        startPeriod = startPeriod == null ? null : UrlText.code(startPeriod, "startPeriod");
        endPeriod = endPeriod == null ? null : UrlText.code(endPeriod, "endPeriod");
    }

    /**
     * All series of a flow of the endpoint's agency, latest version, all periods.
     *
     * @param flow the dataflow id
     * @return the query
     */
    public static SdmxQuery of(String flow) {
        return new SdmxQuery(null, flow, null, "", null, null);
    }

    /**
     * All series of a flow of an agency, latest version, all periods.
     *
     * @param agency the agency id
     * @param flow   the dataflow id
     * @return the query
     */
    public static SdmxQuery of(String agency, String flow) {
        return new SdmxQuery(agency, flow, null, "", null, null);
    }

    /**
     * A copy for one version of the flow.
     *
     * @param flowVersion the version, such as {@code 1.0}
     * @return the copy
     */
    public SdmxQuery withVersion(String flowVersion) {
        return new SdmxQuery(agency, flow, flowVersion, key, startPeriod, endPeriod);
    }

    /**
     * A copy for some series.
     *
     * @param seriesKey the key, such as {@code A.USD+JPY.EUR.SP00.A}; empty for all
     * @return the copy
     */
    public SdmxQuery withKey(String seriesKey) {
        return new SdmxQuery(agency, flow, version, seriesKey, startPeriod, endPeriod);
    }

    /**
     * A copy for the periods from {@code start} to {@code end}.
     *
     * @param start the first period, or {@code null} for no lower bound
     * @param end   the last period, or {@code null} for no upper bound
     * @return the copy
     */
    public SdmxQuery withPeriod(String start, String end) {
        return new SdmxQuery(agency, flow, version, key, start, end);
    }
}
