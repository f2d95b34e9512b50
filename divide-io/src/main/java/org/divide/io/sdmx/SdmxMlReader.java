package org.divide.io.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.Limits;
import org.divide.io.internal.Sources;

/**
 * Reads SDMX-ML 2.1 data messages, generic ({@code GenericData}) and structure-specific
 * ({@code StructureSpecificData}, time-series variants included), streamed with StAX into a panel
 * by the mapping of {@link SdmxOptions}. Immutable; the result's {@link ReadResult#notes()} are
 * {@link SdmxNotes}.
 *
 * <pre>{@code
 * ReadResult r = SdmxMlReader.withDefaults().read(Path.of("ecb_AME.xml"));
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
public final class SdmxMlReader extends SdmxReaderBase<SdmxMlReader> {

    private static final SdmxMlReader DEFAULTS = new SdmxMlReader(SdmxOptions.defaults(), ReadOptions.defaults());

    private SdmxMlReader(SdmxOptions sdmx, ReadOptions options) {
        super(sdmx, options);
    }

    /**
     * The reader with the default mapping and options.
     *
     * @return the reader
     */
    public static SdmxMlReader withDefaults() {
        return DEFAULTS;
    }

    @Override
    SdmxMlReader copy(SdmxOptions newSdmx, ReadOptions newOptions) {
        return new SdmxMlReader(newSdmx, newOptions);
    }

    @Override
    public ReadResult read(Path path) throws IOException {
        Limits.checkSize(path, options().limits());
        try (InputStream in = Files.newInputStream(path)) {
            return SdmxMlParser.read(in, Sources.name(path), sdmx(), options());
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The encoding is the one the XML declaration names (UTF-8 by default).
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        return SdmxMlParser.read(in, source, sdmx(), options());
    }
}
