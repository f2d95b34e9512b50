package org.divide.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.divide.core.Direction;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.owid.OwidCsvReader;
import org.divide.io.worldbank.WdiLongCsvReader;

/**
 * The embedded default dataset: digital-divide indicators from the World Bank's World Development
 * Indicators and Our World in Data, bundled as resources in {@code org/divide/examples/data/}
 * (origin and licences in the README there and in {@code NOTICE}).
 *
 * <p>The panel holds every economy the files report (aggregates such as {@code WLD}, {@code HIC}
 * or OWID's regions are kept apart in {@link #aggregates()}) and these indicators:
 * {@value #SECURE_SERVERS}, {@value #BROADBAND}, {@value #MOBILE}, {@value #INTERNET_USERS},
 * {@value #TERTIARY}, {@value #RESEARCH}, {@value #PATENTS_PER_MILLION} (derived:
 * {@code IP.PAT.RESD / SP.POP.TOTL × 10⁶}), {@value #GDP_PER_CAPITA}, {@value #POPULATION}, and the AI
 * indicators written by {@link DefaultDataBuilder}: {@value #GENAI_USE} (Microsoft AI Diffusion
 * Report, 2025), {@value #AI_READINESS} (Oxford Insights, 2023), {@value #TOP500_RMAX} (TOP500.org,
 * the lists of November 2024 and June 2025) and {@value #TOP500_RMAX_PER_MILLION} (derived). An
 * economy with a population but no system in a TOP500 list has Rmax 0 in that list's year.
 *
 * @param economies  the economies' panel
 * @param aggregates the aggregates' panel (same indicators)
 * @param unmatched  economy codes or names the registry did not recognise (expected: none)
 */
public record DefaultData(Panel economies, Panel aggregates, List<UnmatchedEconomy> unmatched) {

    /** Secure Internet servers per million people. */
    public static final String SECURE_SERVERS = "IT.NET.SECR.P6";
    /** Fixed broadband subscriptions per 100 people. */
    public static final String BROADBAND = "IT.NET.BBND.P2";
    /** Mobile cellular subscriptions per 100 people. */
    public static final String MOBILE = "IT.CEL.SETS.P2";
    /** Individuals using the Internet, % of population (OWID; ITU via the World Bank). */
    public static final String INTERNET_USERS = "IT.NET.USER.ZS";
    /** Gross tertiary school enrolment, %. */
    public static final String TERTIARY = "SE.TER.ENRR";
    /** Research and development expenditure, % of GDP. */
    public static final String RESEARCH = "GB.XPD.RSDV.GD.ZS";
    /** Patent applications by residents, the raw count (used to derive {@link #PATENTS_PER_MILLION}). */
    public static final String PATENTS = "IP.PAT.RESD";
    /** Patent applications by residents per million people, derived by divide. */
    public static final String PATENTS_PER_MILLION = "IP.PAT.RESD.P6";
    /** GDP per capita, PPP, current international $. */
    public static final String GDP_PER_CAPITA = "NY.GDP.PCAP.PP.CD";
    /** Population, total: the weights of population-weighted measures. */
    public static final String POPULATION = "SP.POP.TOTL";

    /** Share of the working-age population using generative AI, %, second half of 2025 (Microsoft). */
    public static final String GENAI_USE = "GENAI.USE";
    /** Oxford Insights Government AI Readiness Index 2023, score 0–100. */
    public static final String AI_READINESS = "GAIRI";
    /** Sum of the Rmax of an economy's TOP500 systems, TFlop/s (2024: November 2024 list; 2025: June 2025). */
    public static final String TOP500_RMAX = "TOP500.RMAX";
    /** TOP500 Rmax per million people, TFlop/s, derived by divide. */
    public static final String TOP500_RMAX_PER_MILLION = "TOP500.RMAX.P6";

    /**
     * The indicators that are rates or scores per person or per economy — everything but the
     * totals (TOP500 Rmax in TFlop/s) — with the population last: what population-weighted means
     * and the terminal summary are meaningful for.
     */
    public static final List<String> RATES = List.of(SECURE_SERVERS, BROADBAND, MOBILE, INTERNET_USERS, TERTIARY,
            RESEARCH, PATENTS_PER_MILLION, GDP_PER_CAPITA, GENAI_USE, AI_READINESS, TOP500_RMAX_PER_MILLION,
            POPULATION);

    /** The first year the panel keeps (the bundled WDI and OWID files reach back to 1960). */
    public static final int FIRST_YEAR = 2000;
    /** The last year the panel keeps. */
    public static final int LAST_YEAR = 2025;

    /** One line crediting the sources, for output that shows the data. */
    public static final String ATTRIBUTION = "Data: World Bank, World Development Indicators; Our World in Data,"
            + " ITU; Oxford Insights (CC BY 4.0); Microsoft AI Diffusion Report (MIT); TOP500.org.";

    private static final int[] TOP500_YEARS = {2024, 2025};
    private static final String WDI = "World Bank, World Development Indicators";
    private static final String RESOURCES = "/org/divide/examples/data/";

    /** The WDI files, in the order their indicators appear in the panel. */
    private static final List<Indicator> WDI_FILES = List.of(
            indicator(SECURE_SERVERS, "Secure Internet servers", "per million people"),
            indicator(BROADBAND, "Fixed broadband subscriptions", "per 100 people"),
            indicator(MOBILE, "Mobile cellular subscriptions", "per 100 people"),
            indicator(TERTIARY, "School enrolment, tertiary", "% gross"),
            indicator(RESEARCH, "Research and development expenditure", "% of GDP"),
            indicator(PATENTS, "Patent applications, residents", "applications"),
            indicator(GDP_PER_CAPITA, "GDP per capita, PPP", "current international $"),
            indicator(POPULATION, "Population, total", "people"));

    /** The AI files written by {@link DefaultDataBuilder}. */
    private static final List<Indicator> AI_FILES = List.of(
            new Indicator(GENAI_USE, "Generative AI users", "% of working-age population", Direction.POSITIVE,
                    "Microsoft AI Diffusion Report (H2 2025)"),
            new Indicator(AI_READINESS, "Government AI Readiness Index", "score 0-100", Direction.POSITIVE,
                    "Oxford Insights, Government AI Readiness Index 2023"),
            new Indicator(TOP500_RMAX, "TOP500 supercomputer performance", "Rmax TFlop/s", Direction.POSITIVE,
                    "TOP500.org (November 2024 and June 2025 lists)"));

    private static final Indicator RMAX_RATE = new Indicator(TOP500_RMAX_PER_MILLION,
            "TOP500 supercomputer performance", "Rmax TFlop/s per million people", Direction.POSITIVE,
            "TOP500.org; World Bank (TOP500.RMAX / SP.POP.TOTL x 10^6, derived by divide)");

    private static final Indicator PATENT_RATE = new Indicator(PATENTS_PER_MILLION,
            "Patent applications, residents", "per million people", Direction.POSITIVE,
            WDI + " (IP.PAT.RESD / SP.POP.TOTL x 10^6, derived by divide)");

    /**
     * Copies the list.
     *
     * @throws NullPointerException if a field is null
     */
    public DefaultData {
        Objects.requireNonNull(economies, "economies");
        Objects.requireNonNull(aggregates, "aggregates");
        unmatched = List.copyOf(unmatched);
    }

    /**
     * The economies' panel restricted to the {@link #RATES}, in that order.
     *
     * @return the panel
     */
    public Panel rates() {
        return economies.selectIndicators(RATES);
    }

    /**
     * Reads the bundled files into one panel; the derived patent rate replaces the raw count.
     *
     * @return the data
     * @throws IOException if a bundled file cannot be read or is malformed
     */
    public static DefaultData load() throws IOException {
        List<ReadResult> parts = new ArrayList<>();
        for (Indicator indicator : WDI_FILES) {
            String file = "wdi_" + indicator.code() + ".csv";
            try (Reader reader = open(file)) {
                parts.add(WdiLongCsvReader.withDefaults().withIndicator(indicator).read(reader, file));
            }
        }
        for (Indicator indicator : AI_FILES) {
            String file = (indicator.code().startsWith("TOP500") ? "top500_" : "ai_") + indicator.code() + ".csv";
            try (Reader reader = open(file)) {
                parts.add(WdiLongCsvReader.withDefaults().withIndicator(indicator).read(reader, file));
            }
        }
        String owid = "owid_IT.NET.USER.ZS_share_internet";
        try (Reader csv = open(owid + ".csv"); Reader metadata = open(owid + ".metadata.json")) {
            parts.add(OwidCsvReader.withDefaults().withMetadata(metadata, owid + ".metadata.json")
                    .read(csv, owid + ".csv"));
        }
        Panel economies = parts.get(0).panel();
        Panel aggregates = parts.get(0).aggregates();
        List<UnmatchedEconomy> unmatched = new ArrayList<>();
        for (ReadResult part : parts) {
            if (part != parts.get(0)) {
                economies = economies.join(part.panel());
                aggregates = aggregates.join(part.aggregates());
            }
            unmatched.addAll(part.unmatched());
        }
        return new DefaultData(withRmaxRate(withPatentRate(recent(economies))),
                withRmaxRate(withPatentRate(recent(aggregates))), unmatched);
    }

    /** The years from {@link #FIRST_YEAR} to {@link #LAST_YEAR} of a panel. */
    private static Panel recent(Panel panel) {
        List<Integer> kept = new ArrayList<>();
        for (int year : panel.years()) {
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                kept.add(year);
            }
        }
        return panel.selectYears(kept);
    }

    /** Replaces the raw patent count by patents per million people, year by year. */
    private static Panel withPatentRate(Panel panel) {
        List<String> keep = new ArrayList<>();
        for (Indicator indicator : panel.indicators()) {
            if (!indicator.code().equals(PATENTS)) {
                keep.add(indicator.code());
            }
        }
        Panel.Builder builder = panel.selectIndicators(keep).toBuilder().addIndicator(PATENT_RATE);
        for (int year : panel.years()) {
            double[] patents = panel.column(PATENTS, year);
            double[] people = panel.column(POPULATION, year);
            double[] rate = new double[patents.length];
            for (int e = 0; e < rate.length; e++) {
                rate[e] = people[e] > 0 ? patents[e] / people[e] * 1e6 : Double.NaN;
            }
            builder.putColumn(PATENTS_PER_MILLION, year, rate);
        }
        return builder.build();
    }

    /**
     * Sets the Rmax of economies with a population but no TOP500 system to 0 in the years of the
     * lists, and adds Rmax per million people.
     */
    private static Panel withRmaxRate(Panel panel) {
        if (panel.indicatorIndex(TOP500_RMAX) < 0 || panel.indicatorIndex(POPULATION) < 0) {
            return panel;
        }
        Panel.Builder builder = panel.toBuilder().addIndicator(RMAX_RATE);
        for (int year : TOP500_YEARS) {
            double[] rmax = panel.column(TOP500_RMAX, year);
            double[] people = panel.column(POPULATION, year);
            double[] rate = new double[rmax.length];
            for (int e = 0; e < rate.length; e++) {
                if (Double.isNaN(rmax[e]) && people[e] > 0) {
                    rmax[e] = 0;
                }
                rate[e] = people[e] > 0 ? rmax[e] / people[e] * 1e6 : Double.NaN;
            }
            builder.putColumn(TOP500_RMAX, year, rmax);
            builder.putColumn(TOP500_RMAX_PER_MILLION, year, rate);
        }
        return builder.build();
    }

    private static Indicator indicator(String code, String name, String unit) {
        return new Indicator(code, name, unit, Direction.POSITIVE, WDI);
    }

    private static Reader open(String file) {
        InputStream in = DefaultData.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled data file missing: " + RESOURCES + file));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
