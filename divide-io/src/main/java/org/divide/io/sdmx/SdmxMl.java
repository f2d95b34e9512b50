package org.divide.io.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.Sources;

/**
 * SDMX-ML 2.1 data messages, generic ({@code GenericData}) and structure-specific
 * ({@code StructureSpecificData}, time-series variants included), streamed with StAX into a panel
 * by the mapping of {@link SdmxOptions}.
 *
 * <pre>{@code
 * ReadResult r = SdmxMl.read(Path.of("ecb_AME.xml"));
 * double gdp = r.panel().value("BEL", "A.1.0.0.0.OVGD", 2010);
 * }</pre>
 *
 * <p><b>Streaming.</b> The file is read one XML event at a time and each observation goes
 * straight to the panel being built: memory holds the cells, never the document.
 *
 * <p><b>Security.</b> DTDs and external entities are disabled, and a document with a
 * {@code DOCTYPE} is rejected before any entity is read: XXE payloads (a {@code SYSTEM} entity
 * naming a file or a URL) and entity-expansion bombs fail with a
 * {@link MalformedDataException} naming the line.
 *
 * <p><b>Messages.</b> Series keys come from {@code SeriesKey} (generic) or from the XML attributes
 * of {@code Series} (structure-specific: dimensions and series attributes mixed, told apart as
 * {@link SdmxOptions} explains); observations carry the time period ({@code ObsDimension} or
 * {@code TIME_PERIOD}) and {@code OBS_VALUE}, an empty or absent one being a missing value. The
 * header's {@code dimensionAtObservation} is honoured: time series, cross-sections (the time at
 * the series level) and flat {@code AllDimensions} data sets. {@code Group} elements and
 * data-set and series attributes are ignored: no {@code UNIT_MULT} or {@code SCALE} is applied,
 * the values are as published.
 *
 * <p><b>Errors.</b> A document that is not XML, is truncated, or whose root is not an SDMX-ML
 * 2.1 data message is rejected with the line and column; so is an observation without a period
 * (the message cannot form a panel). A bad observation (a period or value that cannot be read, a
 * conflicting duplicate) names its line and column, and is skipped in lenient mode.
 */
public final class SdmxMl {

    private SdmxMl() {
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
     * Reads a file.
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
        try (InputStream in = Files.newInputStream(path)) {
            return SdmxMlReader.read(in, Sources.name(path), sdmx, options);
        }
    }

    /**
     * Reads a message from a stream (not closed); the encoding comes from the XML declaration.
     *
     * @param in      the bytes
     * @param source  the name used in messages
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the message is malformed (strict mode) or cannot form a
     *                                panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(InputStream in, String source, SdmxOptions sdmx, ReadOptions options)
            throws IOException {
        return SdmxMlReader.read(in, source, sdmx, options);
    }
}
