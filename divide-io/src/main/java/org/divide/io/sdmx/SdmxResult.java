package org.divide.io.sdmx;

import java.util.List;
import java.util.Objects;
import org.divide.core.Panel;
import org.divide.io.ReadResult;

/**
 * What an SDMX reader returns: the {@link ReadResult} (panels, unmatched economies, skipped
 * records) and how the message was mapped onto it.
 *
 * @param read                the panels and the report
 * @param structure           the data structure or dataflow the message names (such as
 *                            {@code ECB_AME1} or {@code ESTAT:NA_MAIN(1.6.0)}), empty if it names
 *                            none
 * @param economyDimension    the dimension read as the economy, empty when
 *                            {@link SdmxOptions#withFixedEconomy(String)} set one economy or no
 *                            series was read
 * @param indicatorDimensions the dimensions whose values make the indicator codes, in order;
 *                            empty when the measure id is the indicator code
 * @param timeDimension       the dimension read as the period
 * @param series              how many distinct series (keys of all dimensions but time) had at
 *                            least one observation read
 * @param observations        how many observations were read, missing values included (those
 *                            skipped in lenient mode excluded)
 */
public record SdmxResult(ReadResult read, String structure, String economyDimension,
        List<String> indicatorDimensions, String timeDimension, long series, long observations) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SdmxResult {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(economyDimension, "economyDimension");
        indicatorDimensions = List.copyOf(indicatorDimensions);
        Objects.requireNonNull(timeDimension, "timeDimension");
    }

    /**
     * The panel of economies, {@code read().panel()}.
     *
     * @return the panel
     */
    public Panel panel() {
        return read.panel();
    }
}
