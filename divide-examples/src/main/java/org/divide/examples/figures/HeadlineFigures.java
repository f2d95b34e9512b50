package org.divide.examples.figures;

import java.io.IOException;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.concentration.Concentration;
import org.divide.metrics.concentration.GroupShare;

/**
 * The report's headline figures: the GenAI use ratio of high- to low-income economies, the share of
 * TOP500 Rmax (June 2025) in high-income economies and Internet use in low- vs high-income
 * economies. Means are population-weighted over the economies reporting in the latest year that at
 * least 40% of classified economies report.
 */
public final class HeadlineFigures {

    private HeadlineFigures() {
    }

    /**
     * Prints the headline figures.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Grouping income = Economies.worldBank().incomeGroups();
        Panel panel = Samples.classified(DefaultData.load().economies(), income);

        int genaiYear = panel.latestYear(DefaultData.GENAI_USE, 0.4).orElseThrow();
        double[] genai = Samples.groupMeans(panel, DefaultData.GENAI_USE, genaiYear, income);
        double ratio = genai[3] / genai[0];

        double[] rmax = panel.column(DefaultData.TOP500_RMAX, 2025);
        String[] groups = new String[rmax.length];
        for (int e = 0; e < rmax.length; e++) {
            groups[e] = income.label(panel.economies().get(e).code()).orElseThrow();
            rmax[e] = Double.isNaN(rmax[e]) ? 0 : rmax[e];
        }
        double highShare = Concentration.groupShares(groups, rmax).stream()
                .filter(g -> g.label().equals("High income")).mapToDouble(GroupShare::share).sum();

        int netYear = panel.latestYear(DefaultData.INTERNET_USERS, 0.4).orElseThrow();
        double[] internet = Samples.groupMeans(panel, DefaultData.INTERNET_USERS, netYear, income);

        System.out.printf("%-40s %6s %10s%n", "Figure", "Year", "Value");
        System.out.printf("%-40s %6d %10.2f%n", "GenAI use, high / low income (x)", genaiYear, ratio);
        System.out.printf("%-40s %6d %10.2f%n", "TOP500 Rmax in high income (%)", 2025, 100 * highShare);
        System.out.printf("%-40s %6d %10.2f%n", "Internet use, low income (%)", netYear, internet[0]);
        System.out.printf("%-40s %6d %10.2f%n", "Internet use, high income (%)", netYear, internet[3]);
    }
}
