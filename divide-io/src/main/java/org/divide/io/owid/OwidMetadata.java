package org.divide.io.owid;

import java.io.IOException;
import java.io.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.core.Direction;
import org.divide.core.Indicator;
import org.divide.io.json.JsonInput;

/**
 * The {@code .metadata.json} of an OWID grapher download: {@code columns.<header>} describes each
 * value column ({@code shortName}, {@code titleLong}, {@code unit}, {@code citationShort}).
 */
final class OwidMetadata {

    private final JsonNode columns;

    private OwidMetadata(JsonNode columns) {
        this.columns = columns;
    }

    /** Metadata that describes nothing: indicators are named by their column header. */
    static OwidMetadata none() {
        return new OwidMetadata(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    static OwidMetadata read(Reader reader, String source) throws IOException {
        return new OwidMetadata(JsonInput.parse(reader, source).path("columns"));
    }

    /**
     * The indicator of a value column.
     *
     * @param header the column header
     * @return the indicator: code {@code shortName} (else the header), name {@code titleLong} (else
     *         {@code titleShort}, else the header), unit {@code unit}, source {@code citationShort}
     *         (else "Our World in Data")
     */
    Indicator indicator(String header) {
        JsonNode column = columns.path(header);
        String code = text(column, "shortName", header);
        String name = text(column, "titleLong", text(column, "titleShort", header));
        return new Indicator(code, name, text(column, "unit", ""), Direction.POSITIVE,
                text(column, "citationShort", "Our World in Data"));
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : otherwise;
    }
}
