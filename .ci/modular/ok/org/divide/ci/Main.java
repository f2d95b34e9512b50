package org.divide.ci;

import java.nio.file.Path;

import org.divide.core.Panel;
import org.divide.io.PanelReader;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;

/** Reads a file of any supported format and prints the Gini of its first indicator in a year. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Panel panel = PanelReader.withDefaults().read(Path.of(args[0])).panel();
        double[] x = panel.column(panel.indicators().get(0).code(), Integer.parseInt(args[1]));
        double gini = Measure.gini().withOptions(InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP))
                .compute(x, null);
        System.out.println(panel.economies().size() + " economies, Gini " + gini);
    }
}
