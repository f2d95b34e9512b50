package org.divide.metrics.mobility;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph of a transition matrix (an edge i → j when p_ij &gt; 0): reachability, communication
 * classes and which of them are closed (recurrent). O(k³) by Warshall's transitive closure, fine
 * for the handful of classes of a mobility table.
 */
final class ChainStructure {

    /** {@code reach[i][j]}: j can be reached from i in zero or more steps. */
    final boolean[][] reach;
    /** The communication classes, each ascending, ordered by their smallest state. */
    final List<int[]> classes;
    /** The closed (recurrent) classes, in the same order. */
    final List<int[]> recurrent;

    ChainStructure(double[][] p) {
        int k = p.length;
        reach = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            reach[i][i] = true;
            for (int j = 0; j < k; j++) {
                reach[i][j] |= p[i][j] > 0;
            }
        }
        for (int m = 0; m < k; m++) {
            for (int i = 0; i < k; i++) {
                if (reach[i][m]) {
                    for (int j = 0; j < k; j++) {
                        reach[i][j] |= reach[m][j];
                    }
                }
            }
        }
        classes = new ArrayList<>();
        recurrent = new ArrayList<>();
        boolean[] seen = new boolean[k];
        for (int i = 0; i < k; i++) {
            if (seen[i]) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int j = i; j < k; j++) {
                if (reach[i][j] && reach[j][i]) {
                    members.add(j);
                    seen[j] = true;
                }
            }
            int[] c = members.stream().mapToInt(Integer::intValue).toArray();
            classes.add(c);
            if (closed(p, c)) {
                recurrent.add(c);
            }
        }
    }

    private static boolean closed(double[][] p, int[] members) {
        boolean[] in = new boolean[p.length];
        for (int m : members) {
            in[m] = true;
        }
        for (int m : members) {
            for (int j = 0; j < p.length; j++) {
                if (p[m][j] > 0 && !in[j]) {
                    return false;
                }
            }
        }
        return true;
    }
}
