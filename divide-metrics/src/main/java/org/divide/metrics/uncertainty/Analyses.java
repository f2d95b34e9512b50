package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The two analyses of {@link UncertaintyAnalysis}, given its options. */
final class Analyses {

    /** From this many outputs on, the outputs are estimated in parallel, else the replicates. */
    static final int PARALLEL_OUTPUTS = 16;

    private Analyses() {
    }

    static SensitivityResult sobol(Model model, List<Input> inputs, UncertaintyAnalysis options, Workers workers,
            RunListener listener) {
        List<String> names = names(model, inputs);
        int d = inputs.size();
        int n = options.samples();
        double[][] u = UnitDesign.sample(options.sampling(), n, 2 * d, options.seed());
        double[][] a = Design.map(u, 0, inputs);
        double[][] b = Design.map(u, d, inputs);
        int[] block = new int[d];
        int[] blockInput = new int[d];
        int blocks = 0;
        for (int i = 0; i < d; i++) {
            if (inputs.get(i).isConstant()) {
                block[i] = -1;
            } else {
                block[i] = 2 + blocks;
                blockInput[blocks++] = i;
            }
        }
        Design design = Design.sobol(a, b, Arrays.copyOf(blockInput, blocks), names);
        double[][] y = Evaluator.evaluate(model, design.runs(), design::inputs, design::label, workers, listener);
        SobolEstimator estimator = new SobolEstimator(n, block, names, options.bootstrap(), options.confidence(),
                options.seed());
        double[] probabilities = options.quantiles();
        OutputSensitivity[] sensitivities = new OutputSensitivity[y.length];
        OutputDistribution[] distributions = new OutputDistribution[y.length];
        if (y.length >= PARALLEL_OUTPUTS) {
            workers.forEach(y.length, k -> {
                sensitivities[k] = estimator.estimate(y[k], null);
                distributions[k] = Summaries.summarise(y[k], 0, 2 * n, probabilities);
            }, null);
        } else {
            for (int k = 0; k < y.length; k++) { // few outputs: the replicates run in parallel
                sensitivities[k] = estimator.estimate(y[k], workers);
                distributions[k] = Summaries.summarise(y[k], 0, 2 * n, probabilities);
            }
        }
        return new SensitivityResult(names, n, options.bootstrap(), options.confidence(),
                Arrays.asList(sensitivities), Arrays.asList(distributions), new RunMatrix(design, y));
    }

    static UncertaintyResult monteCarlo(Model model, List<Input> inputs, UncertaintyAnalysis options,
            Workers workers, RunListener listener) {
        List<String> names = names(model, inputs);
        int n = options.samples();
        double[][] u = UnitDesign.sample(options.sampling(), n, inputs.size(), options.seed());
        Design design = Design.monteCarlo(Design.map(u, 0, inputs), names);
        double[][] y = Evaluator.evaluate(model, n, design::inputs, design::label, workers, listener);
        double[] probabilities = options.quantiles();
        OutputDistribution[] distributions = new OutputDistribution[y.length];
        workers.forEach(y.length, k -> distributions[k] = Summaries.summarise(y[k], 0, n, probabilities), null);
        return new UncertaintyResult(names, Arrays.asList(distributions), new RunMatrix(design, y));
    }

    private static List<String> names(Model model, List<Input> inputs) {
        if (model == null) {
            throw new IllegalArgumentException("model is null");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs is null or empty");
        }
        List<String> names = new ArrayList<>(inputs.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input == null) {
                throw new IllegalArgumentException("inputs[" + i + "] is null");
            }
            if (!seen.add(input.name())) {
                throw new IllegalArgumentException("inputs[" + i + "] repeats the name " + input.name());
            }
            names.add(input.name());
        }
        return List.copyOf(names);
    }
}
