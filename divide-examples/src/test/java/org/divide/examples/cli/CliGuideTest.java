package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide to one's own data in {@code docs/cli.md} ("Your data, step by step") as it prints:
 * every {@code $ divide ...} line of its {@code console} blocks is run on copies of the files it
 * names, and standard error then standard output must be the lines shown under it ({@code $ echo $?}
 * and the exit code when it is not 0). {@code < FILE} feeds a file to standard input.
 */
class CliGuideTest {

    private static final Path CLI_MD = Path.of("..", "docs", "cli.md");

    private static final List<String> FILES = List.of("wdi_IT.NET.SECR.P6.csv", "oxford_government_ai_readiness_2023.csv",
            "API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv", "top500_2025-06_by_country.csv",
            "microsoft_ai_diffusion_genai_use_pct.csv", "servers_a.csv", "servers_b.csv");

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheGuidePrintsAsShown() throws IOException {
        for (String name : FILES) {
            Files.copy(WdiFile.resource(name), dir.resolve(name));
        }
        for (String testdata : List.of("wdi/wdi_SP.POP.TOTL.csv", "asem/ASEM_iMeta.csv", "asem/ASEM_iData.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/org/divide/testdata/" + testdata)) {
                Files.copy(in, dir.resolve(testdata.substring(testdata.indexOf('/') + 1)));
            }
        }
        String doc = Files.readString(CLI_MD, StandardCharsets.UTF_8);
        String guide = doc.substring(doc.indexOf("## Your data, step by step"), doc.indexOf("## `divide inequality`"));
        List<String> lines = guide.lines().toList();
        int examples = 0;
        boolean console = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                console = line.equals("```console");
                continue;
            }
            if (console && line.startsWith("$ divide ")) {
                List<String> shown = new ArrayList<>();
                int code = ExitCodes.OK;
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    if (lines.get(j).equals("$ echo $?")) {
                        code = Integer.parseInt(lines.get(j + 1));
                        break;
                    }
                    if (lines.get(j).startsWith("$ ")) {
                        break;
                    }
                    shown.add(lines.get(j));
                }
                Cli r = run(line.substring("$ divide ".length()));
                assertEquals(code, r.code(), line + "\n" + r);
                List<String> printed = new ArrayList<>();
                printed.addAll(strip(r.err()));
                printed.addAll(strip(r.out()));
                assertEquals(String.join("\n", shown), String.join("\n", printed), line);
                examples++;
            }
        }
        assertTrue(examples >= 10, "examples run: " + examples);
        assertTrue(Files.size(dir.resolve("asem-report.html")) > 100_000, "the report was written");
    }

    private List<String> strip(String text) {
        return text.replace(dir + File.separator, "").lines().toList();
    }

    /** Runs one command line in {@link #dir}: file names resolved there, {@code < FILE} as standard input. */
    private Cli run(String commandLine) throws IOException {
        List<String> args = new ArrayList<>(Arrays.asList(commandLine.strip().split(" +")));
        byte[] stdin = null;
        int redirect = args.indexOf("<");
        if (redirect >= 0) {
            stdin = Files.readAllBytes(dir.resolve(args.get(redirect + 1)));
            args = new ArrayList<>(args.subList(0, redirect));
        }
        for (int a = 0; a < args.size(); a++) {
            String arg = args.get(a);
            if (arg.matches("[\\w.-]+\\.(csv|json|xlsx|html)")) {
                args.set(a, dir.resolve(arg).toString());
            }
        }
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            return Cli.run(args.toArray(String[]::new));
        } finally {
            System.setIn(saved);
        }
    }
}
