package org.divide.examples.index;

import java.util.ArrayList;
import java.util.List;

import org.divide.core.Direction;
import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.Treat;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.uncertainty.Assumption;

/**
 * "AI foundations", the example index of the embedded default data — an illustration of the
 * composite pipeline, <b>not</b> the IMF's AI Preparedness Index, whose four-pillar structure it
 * borrows:
 *
 * <ol>
 *   <li>{@value #DIGITAL} digital infrastructure: secure Internet servers per million people, fixed
 *       broadband and mobile subscriptions per 100 people;</li>
 *   <li>{@value #HUMAN} human capital: gross tertiary enrolment and Internet use (a proxy for
 *       digital skills);</li>
 *   <li>{@value #INNOVATION} innovation and economic integration: R&amp;D expenditure (% of GDP),
 *       resident patent applications per million people and TOP500 Rmax per million people;</li>
 *   <li>{@value #GOVERNANCE} governance and adoption: the Oxford Insights Government AI Readiness
 *       Index 2023 and the share of the working-age population using generative AI (2025).</li>
 * </ol>
 *
 * <p><b>Data.</b> The indicators move at different paces, so the index is a cross-section "as of"
 * {@value #YEAR}: each indicator's latest value from {@value #FIRST_YEAR} to {@value #YEAR}
 * ({@link #asOf(Panel, int, int)}). Economies are the classified economies with a World Bank
 * income group (FY2026) that report at least {@value #MIN_INDICATORS} of the 10 indicators.
 *
 * <p><b>Spec.</b> Missing values are imputed by the median of the economy's income group
 * ({@link ImputeMethod.GroupMedian}); skewed indicators are treated as COINr does (winsorisation,
 * else a log transform; {@link Treat#coinr()}); every indicator is normalised by min-max onto
 * [0, 100]; indicators and pillars are aggregated by weighted arithmetic means with equal weights.
 */
public final class AiFoundations {

    /** The year the index is "as of". */
    public static final int YEAR = 2025;
    /** The first year whose values may stand in for a later missing one. */
    public static final int FIRST_YEAR = 2019;
    /** The fewest indicators (of 10) an economy must report to be ranked. */
    public static final int MIN_INDICATORS = 7;
    /** The index's code. */
    public static final String INDEX = "AIF";
    /** The digital infrastructure pillar. */
    public static final String DIGITAL = "DI";
    /** The human capital pillar. */
    public static final String HUMAN = "HC";
    /** The innovation and economic integration pillar. */
    public static final String INNOVATION = "IEI";
    /** The governance and adoption pillar. */
    public static final String GOVERNANCE = "GA";

    private AiFoundations() {
    }

    /**
     * The framework: the index, four pillars with weight 1 each and the indicators below them.
     *
     * @return the framework
     */
    public static Framework framework() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.aggregate(INDEX, "AI foundations (illustrative)", null, 3, 1));
        nodes.add(Node.aggregate(DIGITAL, "Digital infrastructure", INDEX, 2, 1));
        nodes.add(Node.aggregate(HUMAN, "Human capital", INDEX, 2, 1));
        nodes.add(Node.aggregate(INNOVATION, "Innovation and economic integration", INDEX, 2, 1));
        nodes.add(Node.aggregate(GOVERNANCE, "Governance and adoption", INDEX, 2, 1));
        nodes.add(leaf(DefaultData.SECURE_SERVERS, "Secure Internet servers per million", DIGITAL));
        nodes.add(leaf(DefaultData.BROADBAND, "Fixed broadband per 100", DIGITAL));
        nodes.add(leaf(DefaultData.MOBILE, "Mobile subscriptions per 100", DIGITAL));
        nodes.add(leaf(DefaultData.TERTIARY, "Tertiary enrolment, % gross", HUMAN));
        nodes.add(leaf(DefaultData.INTERNET_USERS, "Internet users, %", HUMAN));
        nodes.add(leaf(DefaultData.RESEARCH, "R&D expenditure, % of GDP", INNOVATION));
        nodes.add(leaf(DefaultData.PATENTS_PER_MILLION, "Resident patents per million", INNOVATION));
        nodes.add(leaf(DefaultData.TOP500_RMAX_PER_MILLION, "TOP500 Rmax per million", INNOVATION));
        nodes.add(leaf(DefaultData.AI_READINESS, "Government AI readiness", GOVERNANCE));
        nodes.add(leaf(DefaultData.GENAI_USE, "Generative AI users, %", GOVERNANCE));
        return Framework.of(nodes);
    }

    /**
     * The indicators with a yearly series in the default data, for the index over time: the
     * digital infrastructure, human capital and the R&amp;D and patent indicators of innovation.
     * The Government AI readiness (2023 only), generative AI use (2025 only) and TOP500
     * (2024–2025) have no series to follow.
     */
    public static final List<String> YEARLY = List.of(DefaultData.SECURE_SERVERS, DefaultData.BROADBAND,
            DefaultData.MOBILE, DefaultData.TERTIARY, DefaultData.INTERNET_USERS, DefaultData.RESEARCH,
            DefaultData.PATENTS_PER_MILLION);

    /**
     * The framework over time: {@link #framework()} restricted to the {@link #YEARLY} indicators
     * (three pillars; the governance and adoption pillar has no series and is left out).
     *
     * @return the framework
     */
    public static Framework yearlyFramework() {
        List<Node> nodes = new ArrayList<>();
        for (Node n : framework().nodes()) {
            if (n.level() == 1 ? YEARLY.contains(n.code()) : !n.code().equals(GOVERNANCE)) {
                nodes.add(n);
            }
        }
        return Framework.of(nodes);
    }

    /**
     * The spec over time, on {@link #yearlyFramework()}: each year, economies reporting fewer than
     * {@value #MIN_INDICATORS} in 10 of the {@link #YEARLY} indicators are screened out (COINr's
     * {@code Screen} by missing values, threshold 0.7: 5 of 7); missing values are imputed by the
     * income-group median; min-max onto [0, 100]; arithmetic means. Unlike {@link #spec(String)} it
     * has no outlier treatment: winsorisation and COINr's log transform are decided and scaled year
     * by year, which would put a treated indicator on each year's own scale and break the
     * comparison over time that global normalisation provides.
     *
     * @param grouping the income grouping's name
     * @return the spec
     */
    public static IndexSpec yearlySpec(String grouping) {
        return IndexSpec.of(yearlyFramework(), Screen.by(new ScreenRule.ByMissing(MIN_INDICATORS / 10.0)),
                Impute.of(ImputeMethod.groupMedian(grouping)), Normalise.minMax(), Aggregate.arithmetic());
    }

    /**
     * The panel of the index over time: the {@link #YEARLY} indicators in every year of the default
     * data, for the classified economies with a World Bank income group (FY2026).
     *
     * @param economies the economies' panel of the default data
     * @return the panel
     */
    public static Panel yearlyPanel(Panel economies) {
        Grouping income = Economies.worldBank().incomeGroups();
        List<String> keep = new ArrayList<>();
        for (Economy e : economies.economies()) {
            if (income.label(e.code()).isPresent()) {
                keep.add(e.code());
            }
        }
        return economies.selectIndicators(YEARLY).selectEconomies(keep);
    }

    /**
     * The nominal spec: group-median imputation, COINr's treatment, min-max [0, 100], arithmetic
     * means.
     *
     * @param grouping the income grouping's name, as in {@link IndexData#withGrouping(Grouping)}
     * @return the spec
     */
    public static IndexSpec spec(String grouping) {
        return IndexSpec.of(framework(), Impute.of(ImputeMethod.groupMedian(grouping)), Treat.coinr(),
                Normalise.minMax(), Aggregate.arithmetic());
    }

    /**
     * The assumptions the report varies around {@link #spec(String)}: imputation (group median,
     * group mean, overall mean), the winsorisation limit (1 to 5 points), normalisation (min-max
     * [0, 100], z-score (50, 10), min-max [1, 100]) and ±25 % noise on the weights of levels 1 and 2
     * (50 weight sets).
     *
     * @param grouping the income grouping's name, as in {@link #spec(String)}
     * @return the assumptions
     */
    public static List<Assumption> assumptions(String grouping) {
        return List.of(
                Assumption.imputation(List.of(Impute.of(ImputeMethod.groupMedian(grouping)),
                        Impute.of(ImputeMethod.groupMean(grouping)), Impute.mean())),
                Assumption.winsorisationLimit(1, 5),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(), NormaliseMethod.zScore(50, 10),
                        NormaliseMethod.minMax(1, 100))),
                Assumption.weightNoise(0.25, 50, 1, 2));
    }

    /**
     * The index data: the cross-section as of {@value #YEAR} of the economies that qualify, with
     * the FY2026 income groups as grouping.
     *
     * @param economies the economies' panel of the default data
     * @return the data
     */
    public static IndexData data(Panel economies) {
        Economies registry = Economies.worldBank();
        Grouping income = registry.incomeGroups();
        Panel latest = asOf(economies.selectIndicators(framework().indicatorCodes()), FIRST_YEAR, YEAR);
        List<String> keep = new ArrayList<>();
        for (Economy e : latest.economies()) {
            if (income.label(e.code()).isPresent() && reported(latest, e.code()) >= MIN_INDICATORS) {
                keep.add(e.code());
            }
        }
        return IndexData.of(latest.selectEconomies(keep), YEAR).withGrouping(income);
    }

    /**
     * Runs the nominal spec on the default data.
     *
     * @param economies the economies' panel of the default data
     * @return the result
     */
    public static IndexResult run(Panel economies) {
        IndexData data = data(economies);
        return CompositeIndex.of(spec(data.groupings().keySet().iterator().next())).run(data);
    }

    /**
     * A one-year panel (year {@code last}) holding each indicator's latest value from {@code first}
     * to {@code last} for every economy.
     *
     * @param panel the panel (not modified)
     * @param first the first year searched
     * @param last  the year of the result
     * @return the cross-section
     */
    public static Panel asOf(Panel panel, int first, int last) {
        Panel.Builder builder = Panel.builder();
        for (Economy e : panel.economies()) {
            builder.addEconomy(e);
        }
        builder.addYear(last);
        for (Indicator indicator : panel.indicators()) {
            builder.addIndicator(indicator);
            double[] latest = new double[panel.economyCount()];
            java.util.Arrays.fill(latest, Double.NaN);
            for (int year : panel.years()) {
                if (year < first || year > last) {
                    continue;
                }
                double[] column = panel.column(indicator.code(), year);
                for (int e = 0; e < latest.length; e++) {
                    if (!Double.isNaN(column[e])) {
                        latest[e] = column[e];
                    }
                }
            }
            builder.putColumn(indicator.code(), last, latest);
        }
        return builder.build();
    }

    private static int reported(Panel panel, String economy) {
        int count = 0;
        int e = panel.economyIndex(economy);
        for (int i = 0; i < panel.indicatorCount(); i++) {
            count += Double.isNaN(panel.value(e, i, 0)) ? 0 : 1;
        }
        return count;
    }

    private static Node leaf(String code, String name, String pillar) {
        return Node.indicator(code, name, pillar, 1, Direction.POSITIVE);
    }
}
