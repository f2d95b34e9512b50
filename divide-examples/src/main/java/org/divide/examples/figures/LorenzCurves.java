package org.divide.examples.figures;

import java.io.IOException;

import org.divide.core.Economies;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.LorenzCurve;

/**
 * The population-weighted Lorenz curve of Internet use across economies: the share of all Internet
 * users living in the poorest (least connected) fraction p of the world's population, p = 0.1 … 1.
 */
public final class LorenzCurves {

    private LorenzCurves() {
    }

    /**
     * Prints the Lorenz ordinates of Internet use.
     *
     * @param args ignored
     * @throws IOException if the embedded data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Panel panel = Samples.classified(DefaultData.load().economies(), Economies.worldBank().incomeGroups());
        String code = DefaultData.INTERNET_USERS;
        int year = panel.latestYear(code, 0.4).orElseThrow();
        double[][] xw = Samples.sample(panel, code, year);
        LorenzCurve curve = Inequality.lorenz(xw[0], xw[1]);

        System.out.printf("%s, %d, %d economies%n", panel.indicator(code).name(), year, xw[0].length);
        System.out.printf("%6s %8s%n", "p", "L(p)");
        for (int i = 1; i <= 10; i++) {
            double p = i / 10.0;
            System.out.printf("%6.1f %8.4f%n", p, curve.share(p));
        }
        System.out.printf("Gini %.4f%n", Inequality.gini(xw[0], xw[1]));
    }
}
