package org.divide.io.sdmx;

import java.util.Objects;
import org.divide.io.FormatReader;
import org.divide.io.ReadOptions;

/**
 * What the three SDMX readers share: the mapping of dimensions and the read options, each
 * replaced by a {@code with...} call.
 *
 * @param <R> the reader type
 */
abstract class SdmxReaderBase<R extends SdmxReaderBase<R>> implements FormatReader<R> {

    private final SdmxOptions sdmx;
    private final ReadOptions options;

    SdmxReaderBase(SdmxOptions sdmx, ReadOptions options) {
        this.sdmx = sdmx;
        this.options = options;
    }

    /** A reader of the concrete type with these settings (and its own other settings). */
    abstract R copy(SdmxOptions newSdmx, ReadOptions newOptions);

    /**
     * A copy with another mapping of dimensions onto the panel.
     *
     * @param newSdmx the mapping, non-null
     * @return the copy
     */
    public R withSdmx(SdmxOptions newSdmx) {
        return copy(Objects.requireNonNull(newSdmx, "sdmx"), options);
    }

    @Override
    public R withOptions(ReadOptions newOptions) {
        return copy(sdmx, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * The mapping of dimensions.
     *
     * @return the SDMX options
     */
    public SdmxOptions sdmx() {
        return sdmx;
    }

    @Override
    public ReadOptions options() {
        return options;
    }
}
