package org.divide.io.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * An SDMX REST web service: the agency whose flows it serves by default, its address, the version
 * of the SDMX REST API it speaks, and the data format asked for.
 *
 * <pre>{@code
 * SdmxEndpoint ecb = SdmxEndpoint.ECB;                                   // SDMX 2.1, SDMX-CSV
 * SdmxEndpoint ml = SdmxEndpoint.ECB.withFormat(SdmxEndpoint.Format.SDMX_ML);
 * SdmxEndpoint mirror = SdmxEndpoint.OECD.withBase(URI.create("https://sdmx.example.org/rest/"));
 * }</pre>
 *
 * @param agency the agency id used when a query names none, such as {@code ECB}
 * @param base   the service's address, ending in {@code /} (added if missing), such as
 *               {@code https://data-api.ecb.europa.eu/service/}
 * @param api    the REST API version
 * @param format the data format asked for
 */
public record SdmxEndpoint(String agency, URI base, Api api, Format format) {

    /** The version of the SDMX REST API: the URL syntax of queries. */
    public enum Api {
        /**
         * SDMX 2.1 REST ({@code data/{agency},{flow},{version}/{key}?startPeriod=..&endPeriod=..},
         * {@code dataflow/{agency}/{flow}/{version}?references=datastructure}).
         */
        V2_1,
        /**
         * SDMX 3.0 REST, API version 2 ({@code data/dataflow/{agency}/{flow}/{version}/{key}
         * ?c[TIME_PERIOD]=ge:..+le:..}, {@code structure/dataflow/{agency}/{flow}/{version}
         * ?references=datastructure}).
         */
        V3_0
    }

    /** The data format asked for with the {@code Accept} header. */
    public enum Format {
        /** SDMX-CSV (1.0 under API 2.1, 2.0 under 3.0), read by {@code SdmxCsvReader}. */
        SDMX_CSV("application/vnd.sdmx.data+csv;version=1.0.0", "application/vnd.sdmx.data+csv;version=2.0.0"),
        /** SDMX-JSON (1.0 under API 2.1, 2.0 under 3.0), read by {@code SdmxJsonReader}. */
        SDMX_JSON("application/vnd.sdmx.data+json;version=1.0.0", "application/vnd.sdmx.data+json;version=2.0.0"),
        /** Structure-specific SDMX-ML (2.1 or 3.0), read by {@code SdmxMlReader}. */
        SDMX_ML("application/vnd.sdmx.structurespecificdata+xml;version=2.1",
                "application/vnd.sdmx.structurespecificdata+xml;version=3.0.0");

        private final String accept21;
        private final String accept30;

        Format(String accept21, String accept30) {
            this.accept21 = accept21;
            this.accept30 = accept30;
        }

        /**
         * The {@code Accept} header of a data query.
         *
         * @param api the REST API version
         * @return the media type
         */
        public String accept(Api api) {
            return api == Api.V2_1 ? accept21 : accept30;
        }
    }

    /** The IMF's SDMX 3.0 service of its data portal (data.imf.org); agency {@code IMF.STA}. */
    public static final SdmxEndpoint IMF = new SdmxEndpoint("IMF.STA",
            URI.create("https://api.imf.org/external/sdmx/3.0/"), Api.V3_0, Format.SDMX_CSV);

    /** The OECD Data Explorer's SDMX 2.1 service; agency {@code OECD} (most flows name a sub-agency). */
    public static final SdmxEndpoint OECD = new SdmxEndpoint("OECD", URI.create("https://sdmx.oecd.org/public/rest/"),
            Api.V2_1, Format.SDMX_CSV);

    /** Eurostat's SDMX 2.1 dissemination service; agency {@code ESTAT}. */
    public static final SdmxEndpoint ESTAT = new SdmxEndpoint("ESTAT",
            URI.create("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/"), Api.V2_1, Format.SDMX_CSV);

    /** The ECB Data Portal's SDMX 2.1 service; agency {@code ECB}. */
    public static final SdmxEndpoint ECB = new SdmxEndpoint("ECB", URI.create("https://data-api.ecb.europa.eu/service/"),
            Api.V2_1, Format.SDMX_CSV);

    /** The BIS statistics SDMX 2.1 service (API v1); agency {@code BIS}. */
    public static final SdmxEndpoint BIS = new SdmxEndpoint("BIS", URI.create("https://stats.bis.org/api/v1/"),
            Api.V2_1, Format.SDMX_CSV);

    /** ILOSTAT's SDMX 2.1 service; agency {@code ILO}. */
    public static final SdmxEndpoint ILO = new SdmxEndpoint("ILO", URI.create("https://sdmx.ilo.org/rest/"),
            Api.V2_1, Format.SDMX_CSV);

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the agency is blank or the address is not an absolute
     *                                  http(s) URL without query
     */
    public SdmxEndpoint {
        agency = UrlText.code(agency, "agency");
        UrlText.base(Objects.requireNonNull(base, "base"), "base");
        if (!base.toString().endsWith("/")) {
            base = URI.create(base + "/");
        }
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(format, "format");
    }

    /**
     * A copy at another address (a mirror, a test server, a provider's new address).
     *
     * @param newBase the address
     * @return the copy
     */
    public SdmxEndpoint withBase(URI newBase) {
        return new SdmxEndpoint(agency, newBase, api, format);
    }

    /**
     * A copy asking for another data format.
     *
     * @param newFormat the format
     * @return the copy
     */
    public SdmxEndpoint withFormat(Format newFormat) {
        return new SdmxEndpoint(agency, base, api, newFormat);
    }

    /**
     * A copy speaking another REST API version (at the same address: change it with
     * {@link #withBase(URI)} when the provider serves the versions at different addresses).
     *
     * @param newApi the version
     * @return the copy
     */
    public SdmxEndpoint withApi(Api newApi) {
        return new SdmxEndpoint(agency, base, newApi, format);
    }
}
