package org.divide.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads COINr's ASEM {@code iMeta} (divide-testdata resource {@code org/divide/testdata/asem/ASEM_iMeta.csv})
 * into framework nodes: a test-only parser for a small, well-formed CSV with quoted fields.
 */
final class AsemMeta {

    private AsemMeta() {
    }

    /** The Indicator and Aggregate rows as nodes, in file order. */
    static List<Framework.Node> nodes() {
        List<Framework.Node> nodes = new ArrayList<>();
        List<String> header = null;
        for (String line : lines()) {
            List<String> f = fields(line);
            if (header == null) {
                header = f;
                continue;
            }
            String type = f.get(header.indexOf("Type"));
            if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                continue;
            }
            String parent = f.get(header.indexOf("Parent"));
            nodes.add(new Framework.Node(f.get(header.indexOf("iCode")), f.get(header.indexOf("iName")),
                    parent.isEmpty() ? null : parent, Integer.parseInt(f.get(header.indexOf("Level"))),
                    Double.parseDouble(f.get(header.indexOf("Weight"))),
                    Direction.ofSign(Integer.parseInt(f.get(header.indexOf("Direction")))), type.equals("Indicator")));
        }
        return nodes;
    }

    private static List<String> lines() {
        try (InputStream in = AsemMeta.class.getResourceAsStream("/org/divide/testdata/asem/ASEM_iMeta.csv")) {
            if (in == null) {
                throw new IllegalStateException("test resource org/divide/testdata/asem/ASEM_iMeta.csv not found");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line; commas inside double quotes belong to the field. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
