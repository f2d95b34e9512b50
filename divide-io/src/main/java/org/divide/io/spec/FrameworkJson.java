package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The {@code framework} member: an array of nodes {@code {"code", "name", "parent", "level",
 * "weight", "direction", "indicator"}}.
 */
final class FrameworkJson {

    /** The first node code a framework error names ("node X", "node code: X", "framework: X"). */
    private static final Pattern NAMED = Pattern.compile("(?:node code:|node|framework:) ([^\\s,]+)");

    private FrameworkJson() {
    }

    /**
     * Reads the framework.
     *
     * @param source  the document
     * @param node    the array of nodes
     * @param pointer its pointer
     * @return the validated framework
     * @throws MalformedDataException at the node at fault, or at the array if the error names none
     */
    static Framework read(Source source, JsonNode node, String pointer) throws MalformedDataException {
        List<Framework.Node> nodes = Scalars.list(source, node, pointer, (n, p) -> node(source, n, p));
        try {
            return Framework.of(nodes);
        } catch (IllegalArgumentException e) {
            throw source.error(locate(nodes, pointer, e.getMessage()), e.getMessage(), e);
        }
    }

    private static Framework.Node node(Source source, JsonNode n, String p) throws MalformedDataException {
        Fields f = Fields.of(source, n, p);
        String code = f.requiredText("code");
        String name = f.text("name", code);
        String parent = f.text("parent", null);
        int level = Scalars.integer(source, f.required("level"), f.pointer("level"));
        double weight = f.number("weight", 1);
        Direction direction = f.enumValue("direction", Direction.class, Direction.POSITIVE);
        boolean indicator = f.bool("indicator", level == 1);
        f.done();
        return f.build(() -> new Framework.Node(code, name, parent, level, weight, direction, indicator));
    }

    /**
     * The pointer of the node an error of {@link Framework#of(List)} names: its last occurrence
     * (the second of two duplicates), else the array.
     */
    private static String locate(List<Framework.Node> nodes, String pointer, String message) {
        Matcher m = NAMED.matcher(String.valueOf(message));
        if (m.find()) {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                if (nodes.get(i).code().equals(m.group(1))) {
                    return JsonInput.child(pointer, i);
                }
            }
        }
        return pointer;
    }

    /**
     * Writes the framework, every member of every node (the root without {@code parent}).
     *
     * @param framework the framework
     * @return the array of nodes
     */
    static ArrayNode write(Framework framework) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Framework.Node n : framework.nodes()) {
            ObjectNode o = a.addObject();
            o.put("code", n.code());
            o.put("name", n.name());
            Out.text(o, "parent", n.parent());
            o.put("level", n.level());
            o.set("weight", Out.number(n.weight()));
            o.put("direction", Enums.name(n.direction()));
            o.put("indicator", n.isIndicator());
        }
        return a;
    }
}
