package org.divide.io.sdmx;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * SDMX-JSON data messages, versions 1.0 and 2.x, read into a panel by the mapping of
 * {@link SdmxOptions}.
 *
 * <pre>{@code
 * ReadResult r = SdmxJson.read(Path.of("oecd_ghg.json"));
 * double co2 = r.panel().value("FRA", "A.CO2._T.T_CO2E", 2018);
 * }</pre>
 *
 * <p><b>Layouts.</b> Both message shapes of 1.0 ({@code header, dataSets, structure} of
 * OECD.Stat, and {@code meta, data{dataSets, structure}} of the .Stat Suite) and the 2.x shape
 * ({@code meta, data{dataSets, structures}}, data sets pointing at their structure); every data
 * set is read, in the series layout ({@code series{"0:1": {observations{"3": [...]}}}}, time
 * series or cross-section) or the flat one ({@code observations{"0:1:3": [...]}}). Keys index the
 * values of the dimensions of their level, in the order the structure lists them; dimensions at
 * the data-set level have one value. The value is the first element of the observation array (or
 * the position of {@link SdmxOptions#measure()} among the 2.x measures); {@code null}, {@code NaN}
 * or a missing-value text is a missing value; attributes are ignored. Series keys follow the
 * dimensions' {@code keyPosition}, so the layouts of one data set give the same indicator codes.
 * The economy and time dimensions are also recognised by their roles ({@code REF_AREA},
 * {@code TIME_PERIOD}); the economy's name in the structure names unmatched economies.
 *
 * <p><b>Limits and errors.</b> Parsing is bounded as {@link JsonInput} says (nesting, string
 * sizes, duplicate keys). A message without a time dimension is rejected, naming its dimensions;
 * a bad observation (a key that points at no value, a value that is not a number, a period that
 * cannot be read) is reported with its JSON pointer, such as
 * {@code ghg.json at /data/dataSets/0/observations/0:3:0:0:0:0}, and skipped in lenient mode.
 */
public final class SdmxJson {

    private SdmxJson() {
    }

    /**
     * Reads a file with the default mapping and options.
     *
     * @param path the file
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the message is malformed (strict mode) or cannot form a
     *                                panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, SdmxOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param path    the file
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the message is malformed (strict mode) or cannot form a
     *                                panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, SdmxOptions sdmx, ReadOptions options) throws IOException {
        return SdmxJsonReader.read(JsonInput.parse(path), Sources.name(path), sdmx, options);
    }

    /**
     * Reads a message from a reader (not closed).
     *
     * @param reader  the text
     * @param source  the name used in messages
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the message is malformed (strict mode) or cannot form a
     *                                panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, SdmxOptions sdmx, ReadOptions options)
            throws IOException {
        return read(JsonInput.parse(reader, source), source, sdmx, options);
    }

    /**
     * Reads a message already parsed (by {@link JsonInput#parse(Reader, String)}, say).
     *
     * @param root    the document's root
     * @param source  the name used in messages
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the message is malformed (strict mode) or cannot form a
     *                                panel
     */
    public static ReadResult read(JsonNode root, String source, SdmxOptions sdmx, ReadOptions options)
            throws MalformedDataException {
        return SdmxJsonReader.read(root, source, sdmx, options);
    }
}
