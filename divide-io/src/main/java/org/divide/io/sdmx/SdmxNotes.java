package org.divide.io.sdmx;

import java.util.List;
import java.util.Objects;
import org.divide.io.FormatNotes;
import org.divide.io.ReadResult;

/**
 * How an SDMX reader mapped a message onto the panel: the {@link ReadResult#notes()} of the SDMX
 * readers ({@code SdmxNotes.of(result)}).
 *
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
public record SdmxNotes(String structure, String economyDimension,
        List<String> indicatorDimensions, String timeDimension, long series, long observations)
        implements FormatNotes {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SdmxNotes {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(economyDimension, "economyDimension");
        indicatorDimensions = List.copyOf(indicatorDimensions);
        Objects.requireNonNull(timeDimension, "timeDimension");
    }

    /**
     * The SDMX notes of a result.
     *
     * @param result the result of an SDMX reader
     * @return its notes
     * @throws IllegalArgumentException naming the source if an SDMX reader did not read it
     */
    public static SdmxNotes of(ReadResult result) {
        return result.notes(SdmxNotes.class).orElseThrow(() -> new IllegalArgumentException(result.source()
                + " was not read by an SDMX reader: it has no SDMX notes"));
    }
}
