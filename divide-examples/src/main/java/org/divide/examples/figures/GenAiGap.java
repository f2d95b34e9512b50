package org.divide.examples.figures;

import java.io.IOException;
import java.util.List;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.inequality.Inequality;

/**
 * The generative AI adoption gap: population-weighted GenAI use (% of the working-age population)
 * by FY2026 income group and for the world, with the high/low ratio and the Gini across economies.
 */
public final class GenAiGap {

    private GenAiGap() {
    }

    /**
     * Prints GenAI use by income group.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Grouping income = Economies.worldBank().incomeGroups();
        Panel panel = Samples.classified(DefaultData.load().economies(), income);
        int year = panel.latestYear(DefaultData.GENAI_USE, 0.4).orElseThrow();
        double[] means = Samples.groupMeans(panel, DefaultData.GENAI_USE, year, income);
        double[][] xw = Samples.sample(panel, DefaultData.GENAI_USE, year);

        double world = 0;
        double people = 0;
        for (int i = 0; i < xw[0].length; i++) {
            world += xw[0][i] * xw[1][i];
            people += xw[1][i];
        }
        List<String> labels = income.labels();
        System.out.printf("GenAI use, %d, %d economies%n", year, xw[0].length);
        System.out.printf("%-22s %8s%n", "Income group", "%");
        for (int g = 0; g < labels.size(); g++) {
            System.out.printf("%-22s %8.2f%n", labels.get(g), means[g]);
        }
        System.out.printf("%-22s %8.2f%n", "World", world / people);
        System.out.printf("%-22s %8.2f%n", "High / low (x)", means[3] / means[0]);
        System.out.printf("%-22s %8.4f%n", "Gini", Inequality.gini(xw[0], xw[1]));
    }
}
