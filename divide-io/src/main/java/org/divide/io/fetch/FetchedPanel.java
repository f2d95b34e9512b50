package org.divide.io.fetch;

import java.util.List;
import java.util.Objects;
import org.divide.io.ReadResult;

/**
 * A panel read from fetched responses, with the provenance of each response in the order fetched.
 *
 * @param result  what the reader made of the responses: the panel, aggregates, notes
 * @param sources the provenance of every response read, at least one
 */
public record FetchedPanel(ReadResult result, List<Provenance> sources) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if there is no source
     */
    public FetchedPanel {
        Objects.requireNonNull(result, "result");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources: empty");
        }
    }
}
