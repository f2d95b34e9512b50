package org.divide.examples.figures;

import java.io.IOException;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.report.GroupOrder;
import org.divide.metrics.concentration.Concentration;
import org.divide.metrics.concentration.GroupShare;

/**
 * Compute concentration: shares of TOP500 Rmax (June 2025 list) by income group and of the ten
 * largest economies, the five-economy concentration ratio and the Herfindahl–Hirschman index, from
 * {@link Concentration}, the income groups from low to high ({@link GroupOrder}). Economies without a
 * system count as zero.
 */
public final class ComputeConcentration {

    private ComputeConcentration() {
    }

    /**
     * Prints the shares, CR-5 and HHI.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Grouping income = Economies.worldBank().incomeGroups();
        Panel panel = Samples.classified(DefaultData.load().economies(), income);
        double[] rmax = panel.column(DefaultData.TOP500_RMAX, 2025);
        String[] groups = new String[rmax.length];
        String[] names = new String[rmax.length];
        for (int e = 0; e < rmax.length; e++) {
            groups[e] = income.label(panel.economies().get(e).code()).orElseThrow();
            names[e] = panel.economies().get(e).name();
            rmax[e] = Double.isNaN(rmax[e]) ? 0 : rmax[e];
        }

        System.out.printf("%-24s %14s %9s%n", "Income group", "Rmax (TFlop/s)", "Share (%)");
        for (GroupShare g : GroupOrder.sort(Concentration.groupShares(groups, rmax), GroupShare::label, income)) {
            System.out.printf("%-24s %14.0f %9.2f%n", g.label(), g.total(), 100 * g.share());
        }
        System.out.println();
        System.out.printf("%-24s %14s %9s%n", "Economy", "Rmax (TFlop/s)", "Share (%)");
        for (GroupShare g : Concentration.topShares(names, rmax, 10)) {
            System.out.printf("%-24s %14.0f %9.2f%n", g.label(), g.total(), 100 * g.share());
        }
        System.out.println();
        System.out.printf("CR-5 %.4f%n", Concentration.concentrationRatio(rmax, 5));
        System.out.printf("HHI %.4f%n", Concentration.hhi(rmax));
    }
}
