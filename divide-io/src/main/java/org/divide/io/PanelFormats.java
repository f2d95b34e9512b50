package org.divide.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.divide.io.internal.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link PanelFormat} of a file from its extension and its first bytes.
 *
 * <pre>{@code
 * PanelFormat f = PanelFormats.detect(Path.of("wdi_SP.POP.TOTL.csv"));   // WDI
 * }</pre>
 *
 * <p><b>Rules.</b> A {@code .xlsx} or {@code .xls} name, or a zip or OLE2 signature, is
 * {@code XLSX}; a {@code .xml} name or text starting with {@code <} is {@code SDMX_ML}. JSON
 * (text starting with <code>{</code> or {@code [}) is {@code JSON} when it names the format
 * {@code divide-panel}, else {@code SDMX_JSON} with {@code "dataSets"} or {@code "structure"},
 * {@code WORLDBANK_API} with {@code countryiso3code}, {@code IMF} with {@code "values"}. Other
 * text is CSV, told by the columns of its first line (after the preamble of a WDI bulk download; delimiter {@code ,}, {@code ;} or tab,
 * without regard to case): a first column {@code DATAFLOW} or {@code STRUCTURE}, or a column
 * {@code OBS_VALUE} (labels after the code allowed) is {@code SDMX_CSV}; {@code Entity, Code, Year} is {@code OWID}; {@code Country Code, Indicator
 * Code} is {@code WDI_BULK}; {@code Country Code, Year, Value} is {@code WDI}; a column {@code uCode}
 * is {@code COINR_IDATA}; otherwise
 * {@code economy, indicator, year, value} is {@code LONG}, {@code economy, indicator} is
 * {@code WIDE} and {@code economy, year} is {@code WIDE_INDICATORS}.
 *
 * <p><b>Errors.</b> A file of no known kind, or whose header fits two of the published formats
 * (SDMX-CSV, OWID, WDI bulk, WDI long, COINr iData), is a {@link MalformedDataException} naming the file and
 * the header.
 *
 * <p>Each decision is logged at DEBUG (logger {@code org.divide.io.PanelFormats}) with what it
 * rests on.
 */
public final class PanelFormats {

    private static final Logger LOG = LoggerFactory.getLogger(PanelFormats.class);

    /** How many bytes of a file detection looks at. */
    public static final int HEAD_BYTES = 4096;

    private PanelFormats() {
    }

    /**
     * Detects the format of a file.
     *
     * @param path the file
     * @return the format
     * @throws MalformedDataException naming the file if its format is unknown or ambiguous
     * @throws IOException            if it cannot be read
     */
    public static PanelFormat detect(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return detect(Sources.name(path), in.readNBytes(HEAD_BYTES));
        }
    }

    /**
     * Detects the format of a stream from its first bytes (the stream is read, not reset; call
     * {@code mark} first or read the bytes yourself to read the stream again).
     *
     * @param in     the stream (not closed)
     * @param source the name of the input: its extension is used, and messages name it
     * @return the format
     * @throws MalformedDataException naming the source if its format is unknown or ambiguous
     * @throws IOException            if it cannot be read
     */
    public static PanelFormat detect(InputStream in, String source) throws IOException {
        return detect(source, in.readNBytes(HEAD_BYTES));
    }

    /**
     * Detects the format of an input from its name and first bytes.
     *
     * @param source the name of the input: its extension is used, and messages name it
     * @param head   the first bytes (a few kilobytes are enough; {@link #HEAD_BYTES} are used)
     * @return the format
     * @throws MalformedDataException naming the source if its format is unknown or ambiguous
     */
    public static PanelFormat detect(String source, byte[] head) throws MalformedDataException {
        String extension = extension(source);
        if (extension.equals("xlsx") || extension.equals("xls")) {
            return decided(source, PanelFormat.XLSX, "the extension ." + extension);
        }
        if (isWorkbook(head)) {
            return decided(source, PanelFormat.XLSX, "a workbook signature");
        }
        if (extension.equals("xml")) {
            return decided(source, PanelFormat.SDMX_ML, "the extension .xml");
        }
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return decided(source, PanelFormat.SDMX_ML, "text starting with <");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(source, text);
        }
        return csv(source, text);
    }

    private static PanelFormat decided(String source, PanelFormat format, String reason) {
        LOG.debug("{}: format {} (from {})", source, format.label(), reason);
        return format;
    }

    private static boolean isWorkbook(byte[] head) {
        return startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static PanelFormat json(String source, String text) throws MalformedDataException {
        if (text.contains("\"format\"") && text.contains("\"divide-panel\"")) {
            return decided(source, PanelFormat.JSON, "JSON naming the format divide-panel");
        }
        if (text.contains("\"dataSets\"") || text.contains("\"structure\"")) {
            return decided(source, PanelFormat.SDMX_JSON, "JSON with \"dataSets\" or \"structure\"");
        }
        if (text.contains("countryiso3code")) {
            return decided(source, PanelFormat.WORLDBANK_API, "JSON with countryiso3code");
        }
        if (text.contains("\"values\"")) {
            return decided(source, PanelFormat.IMF, "JSON with \"values\"");
        }
        throw new MalformedDataException(Location.of(source), "JSON of an unknown kind (not divide panel JSON,"
                + " SDMX-JSON, World Bank API or IMF DataMapper JSON)");
    }

    private static PanelFormat csv(String source, String text) throws MalformedDataException {
        String header = text.lines().map(l -> l.replace("\"", "").toLowerCase(Locale.ROOT))
                .filter(l -> !isPreamble(l)).findFirst().orElse("");
        List<String> columns = Arrays.stream(header.split("[,;\t]")).map(String::strip).toList();
        List<PanelFormat> published = new ArrayList<>();
        String first = columns.isEmpty() ? "" : columns.get(0); // a header of delimiters only has none
        if (first.startsWith("dataflow") || first.startsWith("structure")
                || columns.stream().anyMatch(c -> c.startsWith("obs_value"))) {
            published.add(PanelFormat.SDMX_CSV);
        }
        if (columns.containsAll(List.of("entity", "code", "year"))) {
            published.add(PanelFormat.OWID);
        }
        if (columns.containsAll(List.of("country code", "indicator code"))) {
            published.add(PanelFormat.WDI_BULK);
        } else if (columns.containsAll(List.of("country code", "year", "value"))) {
            published.add(PanelFormat.WDI);
        }
        if (columns.contains("ucode")) {
            published.add(PanelFormat.COINR_IDATA);
        }
        if (published.size() > 1) {
            throw new MalformedDataException(Location.line(source, 1), "ambiguous format: the header " + columns
                    + " fits " + String.join(" and ", published.stream().map(PanelFormat::label).toList()));
        }
        String reason = "the CSV header " + columns;
        if (published.size() == 1) {
            return decided(source, published.get(0), reason);
        }
        if (columns.containsAll(List.of("economy", "indicator", "year", "value"))) {
            return decided(source, PanelFormat.LONG, reason);
        }
        if (columns.containsAll(List.of("economy", "indicator"))) {
            return decided(source, PanelFormat.WIDE, reason);
        }
        if (columns.containsAll(List.of("economy", "year"))) {
            return decided(source, PanelFormat.WIDE_INDICATORS, reason);
        }
        throw new MalformedDataException(Location.of(source), "cannot tell the format from the header " + columns);
    }

    /** A blank line or a line of the WDI bulk download's preamble. */
    private static boolean isPreamble(String line) {
        String l = line.strip();
        return l.isEmpty() || l.startsWith("data source,") || l.startsWith("last updated date,");
    }

    private static String extension(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        String name = source.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
