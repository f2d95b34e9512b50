package org.divide.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import org.divide.core.Panel;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;

/**
 * Reads this library's panel JSON ({@link PanelJson}) back into the exact panel it holds.
 * Immutable.
 *
 * <pre>{@code
 * Panel back = PanelJsonReader.withDefaults().read(Path.of("panel.json")).panel();   // equals panel
 * }</pre>
 *
 * <p>The result's panel is the whole document: aggregates are not split off (the file says what
 * it holds), nothing is unmatched or skipped. Reading is always strict and exact: an undeclared
 * economy or indicator, a conflicting duplicate (both pointers named), a wrong type or a missing
 * member is a {@link MalformedDataException} naming the JSON pointer, whatever the
 * {@link ReadOptions} (which are kept only so that every reader is configured alike).
 */
public final class PanelJsonReader implements TextFormatReader<PanelJsonReader> {

    private static final PanelJsonReader DEFAULTS = new PanelJsonReader(ReadOptions.defaults());
    private static final Panel EMPTY = Panel.builder().build();

    private final ReadOptions options;

    private PanelJsonReader(ReadOptions options) {
        this.options = options;
    }

    /**
     * The reader.
     *
     * @return the reader
     */
    public static PanelJsonReader withDefaults() {
        return DEFAULTS;
    }

    @Override
    public PanelJsonReader withOptions(ReadOptions newOptions) {
        return new PanelJsonReader(Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        JsonNode root = JsonInput.parse(reader, source, options.limits());
        Panel panel = PanelJsonParser.read(root, source);
        return new ReadResult(source, panel, EMPTY, List.of(), List.of());
    }
}
