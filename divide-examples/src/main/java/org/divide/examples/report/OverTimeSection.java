package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;

/** The section of the report page on the index over time, drawn when the data have several well-covered years. */
final class OverTimeSection {

    private OverTimeSection() {
    }

    /**
     * The index over time by group: per group the median score of each year and the interquartile
     * band, the index built with global normalisation so that a score compares across years.
     */
    static void render(Html h, ReportData r) {
        h.section("overtime", ReportPage.SECTIONS.get(7));
        OverTimeFigures f = r.overTime();
        int[] years = f.years();
        List<SvgLineChart.Series> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (OverTimeFigures.GroupLine g : f.groups()) {
            series.add(new SvgLineChart.Series(g.label(), g.median(), g.q1(), g.q3()));
            double[] q1 = g.q1();
            double[] median = g.median();
            double[] q3 = g.q3();
            int[] n = g.n();
            for (int y = 0; y < years.length; y++) {
                rows.add(List.of(g.label(), Integer.toString(years[y]), Integer.toString(n[y]), Html.number(q1[y]),
                        Html.number(median[y]), Html.number(q3[y])));
            }
        }
        String by = r.input().grouping() == null ? "" : " by " + r.input().grouping().name();
        h.raw(SvgLineChart.render(f.index() + " over time" + by + ": median and interquartile range", "Year",
                "Index score (normalised over all years)", years, series, r.input().source()
                        + "; bands: 25th–75th percentile"));
        h.sample(f.sample());
        h.paragraph("The index is rebuilt for every year with the same spec; each indicator is normalised over all the"
                + " years pooled (COINr's global normalisation of a panel), so a higher score means a higher level, not"
                + " only a better position in its year. Lines are the median score of the group's economies each"
                + " year, bands their interquartile range. 'divide index --over-time' prints every economy's scores,"
                + " ranks, tiers and their changes, and the convergence of the index and its pillars.");
        if (!f.treated().isEmpty()) {
            h.paragraph("Caution: the spec's outlier treatment changed " + String.join(", ", f.treated()) + " in some"
                    + " years. Treatment is decided and scaled year by year (as COINr does for a panel), so in those"
                    + " years these indicators are on the year's own scale and their part of the score does not"
                    + " compare across years; a spec without treatment gives levels comparable over time.");
        }
        h.raw("<details><summary>Table</summary>");
        h.table(f.index() + " by year" + by + ": quartiles of the index scores", List.of("Group", "Year",
                "Economies", "25th percentile", "Median", "75th percentile"), rows);
        h.raw("</details>");
        h.close("section");
    }
}
