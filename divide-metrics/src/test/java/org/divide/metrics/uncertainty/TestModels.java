package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * Analytic test functions with known Sobol indices.
 *
 * <p>Ishigami and Homma (1990), with a = 7, b = 0.1 and X_i ~ U(−π, π): V = a²/8 + bπ⁴/5 +
 * b²π⁸/18 + 1/2, V_1 = (1 + bπ⁴/5)²/2, V_2 = a²/8, V_13 = b²π⁸ (1/18 − 1/50), so S1 = 0.3139,
 * S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437. Sobol's g-function
 * g(x) = Π (|4x_i − 2| + a_i)/(1 + a_i) with X_i ~ U(0, 1): V_i = (1/3)/(1 + a_i)²,
 * V = Π (1 + V_j) − 1, S_i = V_i / V, S_Ti = V_i Π_{j≠i} (1 + V_j) / V (Saltelli et al. 2010, §4).
 * The linear model Σ a_i X_i with X_i ~ U(0, 1): S_i = S_Ti = a_i² / Σ a_j².
 */
final class TestModels {

    static final double ISHIGAMI_A = 7;
    static final double ISHIGAMI_B = 0.1;
    static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private TestModels() {
    }

    static final Model ISHIGAMI = x -> new double[] {Math.sin(x[0])
            + ISHIGAMI_A * Math.sin(x[1]) * Math.sin(x[1])
            + ISHIGAMI_B * Math.pow(x[2], 4) * Math.sin(x[0])};

    static List<Input> ishigamiInputs() {
        return List.of(Input.uniform("x1", -Math.PI, Math.PI), Input.uniform("x2", -Math.PI, Math.PI),
                Input.uniform("x3", -Math.PI, Math.PI));
    }

    static double[][] ishigamiTruth() {
        double a = ISHIGAMI_A;
        double b = ISHIGAMI_B;
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    static final Model G_FUNCTION = x -> {
        double g = 1;
        for (int i = 0; i < G_A.length; i++) {
            g *= (Math.abs(4 * x[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return new double[] {g};
    };

    static List<Input> unitInputs(int d) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            inputs.add(Input.uniform("x" + (i + 1), 0, 1));
        }
        return inputs;
    }

    static double[][] gTruth() {
        int d = G_A.length;
        double[] vi = new double[d];
        double prod = 1;
        for (int i = 0; i < d; i++) {
            vi[i] = (1.0 / 3) / Math.pow(1 + G_A[i], 2);
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[][] truth = new double[2][d];
        for (int i = 0; i < d; i++) {
            truth[0][i] = vi[i] / v;
            truth[1][i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        return truth;
    }

    static Model linear(double... a) {
        return x -> {
            double y = 0;
            for (int i = 0; i < a.length; i++) {
                y += a[i] * x[i];
            }
            return new double[] {y};
        };
    }

    static double[] linearTruth(double... a) {
        double sum = 0;
        for (double c : a) {
            sum += c * c;
        }
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] * a[i] / sum;
        }
        return s;
    }

    static double maxError(double[] estimate, double[] truth) {
        double e = 0;
        for (int i = 0; i < truth.length; i++) {
            e = Math.max(e, Math.abs(estimate[i] - truth[i]));
        }
        return e;
    }
}
