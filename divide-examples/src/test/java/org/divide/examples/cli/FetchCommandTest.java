package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.divide.core.Panel;
import org.divide.io.json.PanelJsonReader;
import org.divide.io.worldbank.WorldBankApiReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide fetch} and {@code --data wb:…} against a loopback server replaying a recorded World
 * Bank API response: the panel written equals the response read by the library's reader, a
 * second run offline reproduces it from the cache, the cache is listed and cleared, faults are one
 * line without a stack trace, and no token reaches a message.
 */
class FetchCommandTest {

    private static final String RESPONSE = "fetch/wb_v2_IT.NET.BBND.P2_2021-2022.json";
    private static final String PATH = "/v2/country/all/indicator/IT.NET.BBND.P2";
    private static final String QUERY = "?format=json&per_page=20000&page=1&date=2021:2022";

    @TempDir
    Path dir;

    private ProviderServer server;
    private Path cache;

    @BeforeEach
    void start() {
        server = new ProviderServer().serve(PATH, "application/json;charset=utf-8", RESPONSE);
        cache = dir.resolve("cache");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli fetch(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("fetch", "wb", "IT.NET.BBND.P2", "--from", "2021",
                "--to", "2022", "--base-url", server.origin() + "/v2/", "--cache-dir", cache.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Panel recorded() throws IOException {
        try (InputStream in = FetchCommandTest.class.getResourceAsStream(RESPONSE)) {
            return WorldBankApiReader.withDefaults().read(in, "recorded").panel();
        }
    }

    private static String sha256() throws IOException, NoSuchAlgorithmException {
        try (InputStream in = FetchCommandTest.class.getResourceAsStream(RESPONSE)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    @Test
    void fetchesWritesAndThenServesOfflineFromTheCache() throws Exception {
        Path out = dir.resolve("bb.json");
        Cli online = fetch("--out", out.toString());
        assertEquals(0, online.code(), online.toString());
        Panel written = PanelJsonReader.withDefaults().read(out).panel();
        assertEquals(recorded(), written, "the response as the reader reads it, aggregates excluded");
        assertEquals(10, written.economyCount());
        assertEquals(1.47646942688922, written.value("KEN", "IT.NET.BBND.P2", 2022));
        String url = server.origin() + PATH + QUERY;
        assertTrue(online.err().contains("divide: wb:IT.NET.BBND.P2: " + url + ": "), online.err());
        assertTrue(online.err().contains(" bytes, NETWORK, fetched "), online.err());
        assertTrue(online.err().contains(", sha256 " + sha256()), online.err());
        assertTrue(online.err().contains("excluded 1 World Bank aggregate (WLD)"), online.err());
        assertTrue(online.err().contains("-> " + out + " (json): 10 economies, 1 indicator, 2 years, 20 values"),
                online.err());
        assertEquals(1, server.count(PATH));

        Path again = dir.resolve("again.csv");
        Cli offline = fetch("--offline", "--out", again.toString());
        assertEquals(0, offline.code(), offline.toString());
        assertTrue(offline.err().contains(" bytes, CACHE, fetched "), offline.err());
        assertEquals(1, server.count(PATH), "offline touches no network");
        assertEquals(Files.readString(again), fetchedAsLongCsv(), "the same panel");
    }

    private String fetchedAsLongCsv() {
        Cli stdout = fetch("--offline");
        assertEquals(0, stdout.code(), stdout.toString());
        assertTrue(stdout.out().startsWith("economy,"), stdout.out());
        assertTrue(stdout.out().contains("KEN,IT.NET.BBND.P2,2022,"), stdout.out());
        return stdout.out().replace(System.lineSeparator(), "\n");
    }

    @Test
    void offlineWithoutACacheEntryIsOneLineAndAnError() {
        Cli r = fetch("--offline");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals("divide: " + server.origin() + PATH + QUERY + ": not in the cache (" + cache.toAbsolutePath()
                + ") and working offline (fetch it once without --offline, or check --cache-dir)\n",
                r.err().replace(System.lineSeparator(), "\n"));
        assertEquals("", r.out());
        assertEquals(0, server.count(PATH));
    }

    @Test
    void listsAndClearsTheCache() {
        assertEquals(0, fetch().code());
        Cli list = Cli.run("fetch", "--list-cache", "--format", "csv", "--cache-dir", cache.toString());
        assertEquals(0, list.code(), list.toString());
        List<String> lines = list.out().lines().toList();
        assertEquals("url,size,fetched,age", lines.get(0), list.out());
        assertEquals(2, lines.size(), list.out());
        assertTrue(lines.get(1).startsWith(server.origin() + PATH + QUERY + ",5859,"), lines.get(1));
        assertTrue(list.err().contains("1 cached response in " + cache.toAbsolutePath()), list.err());

        Cli keep = Cli.run("fetch", "--clear-cache", "--older-than", "30d", "--cache-dir", cache.toString());
        assertEquals("divide: removed 0 cached responses older than 30d from " + cache.toAbsolutePath(),
                keep.err().strip());
        Cli clear = Cli.run("fetch", "--clear-cache", "--cache-dir", cache.toString());
        assertEquals(0, clear.code(), clear.toString());
        assertEquals("divide: removed 1 cached response from " + cache.toAbsolutePath(), clear.err().strip());
        Cli empty = Cli.run("fetch", "--list-cache", "--format", "csv", "--cache-dir", cache.toString());
        assertEquals(List.of("url,size,fetched,age"), empty.out().lines().toList());
    }

    @Test
    void dataWbJoinsAnyCommandWithItsProvenance() throws Exception {
        Cli r = Cli.run("inequality", "--data", "wb:IT.NET.BBND.P2", "--provider-base", "wb=" + server.origin()
                + "/v2/", "--cache-dir", cache.toString(), "--format", "csv");
        String url = server.origin() + "/v2/country/all/indicator/IT.NET.BBND.P2?format=json&per_page=20000&page=1";
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("divide: wb:IT.NET.BBND.P2: " + url + ": "), r.err());
        assertTrue(r.err().contains(", sha256 " + sha256()), r.err());
        assertTrue(r.err().contains("divide: " + url + ": excluded 1 World Bank aggregate (WLD)"), r.err());
        assertTrue(r.out().contains("measures,Gini,0.4388717209854033,10,"), r.out());
        assertTrue(r.out().contains("sample,,,,all,10,23.39355213741053,10,2022"), r.out());
        assertEquals(1, server.count(PATH));

        Cli offline = Cli.run("inequality", "--data", "wb:IT.NET.BBND.P2", "--provider-base", "wb=" + server.origin()
                + "/v2/", "--cache-dir", cache.toString(), "--format", "csv", "--offline");
        assertEquals(0, offline.code(), offline.toString());
        assertEquals(r.out(), offline.out(), "the same figures from the cache");
        assertEquals(1, server.count(PATH));
    }

    @Test
    void theJsonOutputsAndTheReportListTheSources() throws Exception {
        String base = "wb=" + server.origin() + "/v2/";
        String url = server.origin() + "/v2/country/all/indicator/IT.NET.BBND.P2?format=json&per_page=20000&page=1";
        Cli inequality = Cli.run("inequality", "--data", "wb:IT.NET.BBND.P2", "--provider-base", base, "--cache-dir",
                cache.toString(), "--format", "json");
        assertEquals(0, inequality.code(), inequality.toString());
        com.fasterxml.jackson.databind.JsonNode source = inequality.json().get("build").get("sources").get(0);
        assertEquals(url, source.get("url").asText());
        assertEquals(sha256(), source.get("sha256").asText());
        assertTrue(source.get("fetched").asText().startsWith("20"), source.toString());

        List<String> joined = List.of("--spec", WdiFile.resource("digital-infrastructure.json").toString(), "--data",
                "wb:IT.NET.BBND.P2", "--data", WdiFile.resource("wdi_IT.CEL.SETS.P2.csv").toString(), "--data",
                WdiFile.resource("wdi_IT.NET.SECR.P6.csv").toString(), "--provider-base", base, "--cache-dir",
                cache.toString(), "--offline");
        List<String> index = new java.util.ArrayList<>(List.of("index", "--format", "json"));
        index.addAll(joined);
        Cli built = Cli.run(index.toArray(String[]::new));
        assertEquals(0, built.code(), built.toString());
        assertEquals(url, built.json().get("build").get("sources").get(0).get("url").asText());
        assertEquals(2022, built.json().get("build").get("year").asInt());

        Path html = dir.resolve("report.html");
        List<String> report = new java.util.ArrayList<>(List.of("report", "--runs", "10", "--out", html.toString()));
        report.addAll(joined);
        Cli page = Cli.run(report.toArray(String[]::new));
        assertEquals(0, page.code(), page.toString());
        String text = Files.readString(html);
        assertTrue(text.contains("Data fetched from the providers"), "the data section lists the sources");
        assertTrue(text.contains(sha256()), "with the SHA-256 of the response");
        assertTrue(text.contains(url.replace("&", "&amp;")), "and its URL");
        assertEquals(1, server.count(PATH), "the index and the report read the cache");

        // every other command with a JSON output names the sources too
        List<List<String>> commands = List.of(
                List.of("dynamics", "--data", "wb:IT.NET.BBND.P2"),
                List.of("profile", "--economy", "KEN"),
                List.of("uncertainty", "--runs", "5"));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--format", "json"));
            if (command.get(0).equals("dynamics")) {
                args.addAll(List.of("--provider-base", base, "--cache-dir", cache.toString(), "--offline"));
            } else {
                args.addAll(joined);
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.toString());
            assertEquals(url, r.json().get("build").get("sources").get(0).get("url").asText(), command.get(0));
        }
    }

    @Test
    void sdmxWithItsOptions() {
        String path = "/service/data/ECB,AME,latest/A.BEL.1.0.0.0.OVGD";
        server.serveText(path, "application/vnd.sdmx.data+csv;version=1.0.0", "DATAFLOW,FREQ,REF_AREA,TIME_PERIOD,"
                + "OBS_VALUE\nECB:AME(1.0),A,BEL,2000,91.5\nECB:AME(1.0),A,BEL,2001,92.25\n");
        Cli r = Cli.run("fetch", "sdmx", "ecb", "AME", "--key", "A.BEL.1.0.0.0.OVGD", "--from", "2000", "--to", "2001",
                "--format", "csv", "--api", "2.1", "--without-structure", "--base-url", server.origin() + "/service/",
                "--cache-dir", cache.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("startPeriod=2000&endPeriod=2001 Accept: application/vnd.sdmx.data+csv;version=1.0.0",
                server.asked(path));
        assertEquals(List.of("economy,indicator,year,value", "BEL,A,2000,91.5", "BEL,A,2001,92.25"),
                r.out().lines().toList());
        assertTrue(r.err().contains("sdmx:ECB:AME:A.BEL.1.0.0.0.OVGD (sdmx-csv) -> standard output (long): 1 economy,"
                + " 1 indicator, 2 years, 2 values"), r.err());
        Cli api = Cli.run("fetch", "sdmx", "ECB", "AME", "--api", "4", "--cache-dir", cache.toString());
        assertEquals(ExitCodes.USAGE, api.code(), api.toString());
        assertTrue(api.err().startsWith("divide: --api 4: give 2.1 or 3.0"), api.err());
    }

    @Test
    void aBadDataSpecIsOneLine() {
        Cli r = Cli.run("inequality", "--data", "sdmx:XYZ:AME", "--cache-dir", cache.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals("divide: --data sdmx:XYZ:AME: unknown SDMX service 'XYZ'; use IMF, OECD, ESTAT, ECB, BIS or ILO"
                + " (and --base-url or --provider-base for another address)", r.err().strip());
    }

    @Test
    void noTokenInAnyMessage() {
        Cli base = Cli.run("fetch", "wb", "IT.NET.BBND.P2", "--base-url", server.origin() + "/v2/?token=SECRET1",
                "--cache-dir", cache.toString());
        assertEquals(ExitCodes.USAGE, base.code(), base.toString());
        assertTrue(base.err().contains("token=REDACTED"), base.err());
        assertFalse(base.err().contains("SECRET1"), base.err());

        server.answer(PATH, 302, "http://localhost:1" + PATH + "?token=SECRET2");
        Cli redirect = fetch();
        assertEquals(ExitCodes.BAD_INPUT, redirect.code(), redirect.toString());
        assertTrue(redirect.err().contains("token=REDACTED"), redirect.err());
        assertTrue(redirect.err().contains("(allow it with --allow-redirect-host)"), redirect.err());
        assertFalse(redirect.err().contains("SECRET2"), redirect.err());
        assertFalse(redirect.err().contains("\tat "), "no stack trace");
        assertEquals(1, redirect.err().strip().lines().count(), redirect.err());
    }

    @Test
    void aLongFetchErrorIsShownWholeWithTheOptionsNames() {
        String url = "https://ourworldindata.org/grapher/" + "a-long-chart-slug-".repeat(8) + "x.csv?v=1&csvType=full"
                + "&useColumnShortNames=false";
        String line = ErrorHandler.line(new FetchFailure(new IOException(url + ": no complete response within 300000"
                + " ms after 5 attempts (the provider is slow or unreachable: try again later, or raise"
                + " FetchSettings.withRequestTimeout); a cached copy fetched 2026-03-01T12:00:00Z is kept and can be"
                + " used offline")), null);
        assertEquals(url + ": no complete response within 300000 ms after 5 attempts (the provider is slow or"
                + " unreachable: try again later, or raise --timeout); a cached copy fetched 2026-03-01T12:00:00Z is"
                + " kept and can be used with --offline", line);
        assertTrue(line.length() > ErrorHandler.MAX_LINE, "longer than other errors' lines");
    }

    @Test
    void durations() {
        assertEquals(java.time.Duration.ofHours(12), DurationText.parse("12h"));
        assertEquals(java.time.Duration.ofDays(7), DurationText.parse("7d"));
        assertEquals(java.time.Duration.ofMillis(500), DurationText.parse("500ms"));
        assertEquals(java.time.Duration.ofMinutes(90), DurationText.parse("PT1H30M"));
        assertEquals("7d", DurationText.format(java.time.Duration.ofDays(7)));
        assertEquals("3h", DurationText.rounded(java.time.Duration.ofMinutes(200)));
        assertEquals("'7 days' is not a duration (expected a number with ms, s, m, h or d, such as 12h or 7d)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> DurationText.parse("7 days")).getMessage());
    }
}
