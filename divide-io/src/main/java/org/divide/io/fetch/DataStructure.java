package org.divide.io.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.XmlInput;
import org.divide.io.sdmx.SdmxOptions;

/**
 * The parts of an SDMX data structure definition (DSD) that map a data message onto a panel: the
 * dimensions in key order, the time dimension, the attributes, the measure, and the dimension
 * that declares the {@code REF_AREA} concept role, if one does.
 *
 * <pre>{@code
 * DataStructure dsd = DataStructure.read(in, "BIS_DER structure");
 * SdmxOptions o = dsd.applyTo(SdmxOptions.defaults().withEconomy("DER_REP_CTY"));
 * }</pre>
 *
 * <p>{@link #read} takes an SDMX-ML 2.1 or 3.0 structure message (the answer to
 * {@code datastructure/...} or {@code dataflow/...?references=datastructure}) and reads its first
 * {@code DataStructure}: {@code Dimension} elements (ordered by {@code position} where given, else
 * in document order), {@code TimeDimension}, {@code Attribute}, and the measure
 * ({@code PrimaryMeasure} in 2.1, the first {@code Measure} in 3.0). The XML is parsed with the
 * hardened StAX input of the SDMX-ML reader (no DTD, no external entities).
 *
 * @param agency           the maintenance agency, such as {@code BIS}
 * @param id               the DSD id, such as {@code BIS_DER}
 * @param version          the DSD version, such as {@code 1.0}
 * @param dimensions       the dimension ids in key order, without the time dimension
 * @param timeDimension    the time dimension id, such as {@code TIME_PERIOD}
 * @param attributes       the attribute ids
 * @param measure          the measure id, such as {@code OBS_VALUE}
 * @param economyDimension the dimension declaring the {@code REF_AREA} concept role, or {@code null}
 */
public record DataStructure(String agency, String id, String version, List<String> dimensions,
        String timeDimension, List<String> attributes, String measure, String economyDimension) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException     if a field other than {@code economyDimension} is null
     * @throws IllegalArgumentException if there is no dimension, or the economy dimension is not
     *                                  one of them
     */
    public DataStructure {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(timeDimension, "timeDimension");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(measure, "measure");
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("dimensions: none");
        }
        if (economyDimension != null && !dimensions.contains(economyDimension)) {
            throw new IllegalArgumentException("economyDimension: " + economyDimension + " is not a dimension of "
                    + dimensions);
        }
    }

    /**
     * The mapping of data messages of this structure: {@code base} with this structure's
     * dimensions, time dimension and measure; and, unless {@code base} names the economy dimension
     * or a fixed economy, the dimension with the {@code REF_AREA} role as the economy.
     *
     * @param base the mapping to start from, such as {@link SdmxOptions#defaults()}
     * @return the mapping
     */
    public SdmxOptions applyTo(SdmxOptions base) {
        SdmxOptions o = base.withDimensions(dimensions.toArray(String[]::new)).withTime(timeDimension)
                .withMeasure(measure);
        if (economyDimension != null && base.economy() == null && base.fixedEconomy() == null) {
            o = o.withEconomy(economyDimension);
        }
        return o;
    }

    /**
     * Reads the first data structure of an SDMX-ML structure message.
     *
     * @param in     the message (not closed)
     * @param source its name in messages, such as the URL
     * @return the structure
     * @throws MalformedDataException if the XML is malformed or holds no data structure with
     *                                dimensions
     * @throws IOException            if reading fails
     */
    public static DataStructure read(InputStream in, String source) throws IOException {
        XMLStreamReader xml = XmlInput.open(in, source);
        try {
            return read(xml, source);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(source, e);
        } finally {
            close(xml, source);
        }
    }

    private static void close(XMLStreamReader xml, String source) throws MalformedDataException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(source, e);
        }
    }

    private static DataStructure read(XMLStreamReader xml, String source) throws XMLStreamException,
            MalformedDataException {
        String[] names = null;
        TreeMap<Integer, String> positioned = new TreeMap<>();
        List<String> inOrder = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        String time = null;
        String measure = null;
        String economy = null;
        String dimension = null;   // the dimension being read, for its concept role
        int depth = 0;             // inside the first DataStructure: its depth, else 0
        int level = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                String name = xml.getLocalName();
                if (depth == 0) {
                    if (name.equals("DataStructure") && names == null) {
                        names = new String[] {attr(xml, "agencyID"), attr(xml, "id"), attr(xml, "version")};
                        depth = level;
                    }
                    continue;
                }
                String id = attr(xml, "id");
                if (name.equals("ConceptRole")) {
                    economy = role(xml, dimension, economy);
                    level--;   // its end element was read by role
                } else if (!id.isEmpty()) {
                    // references (an attribute's relationship to dimensions, say) carry no id
                    switch (name) {
                        case "Dimension" -> {
                            dimension = id;
                            String position = attr(xml, "position");
                            if (position.matches("\\d{1,4}")) {
                                positioned.put(Integer.parseInt(position), id);
                            } else {
                                inOrder.add(id);
                            }
                        }
                        case "TimeDimension" -> time = id;
                        case "Attribute" -> attributes.add(id);
                        case "PrimaryMeasure" -> measure = id;
                        case "Measure" -> measure = measure == null ? id : measure;
                        default -> {
                            // other parts of the structure are not needed
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth > 0 && level == depth) {
                    break;
                }
                if (xml.getLocalName().equals("Dimension")) {
                    dimension = null;
                }
                level--;
            }
        }
        if (names == null) {
            throw new MalformedDataException(Location.of(source), "no DataStructure in the structure message");
        }
        List<String> dimensions = new ArrayList<>(positioned.values());
        dimensions.addAll(inOrder);
        if (time != null) {
            dimensions.remove(time);
        }
        if (dimensions.isEmpty()) {
            throw new MalformedDataException(Location.of(source), "the DataStructure " + names[1]
                    + " has no dimensions");
        }
        return new DataStructure(names[0], names[1], names[2], dimensions, time == null ? "TIME_PERIOD" : time,
                attributes, measure == null ? "OBS_VALUE" : measure, economy);
    }

    /**
     * The economy dimension after a {@code ConceptRole} element: the dimension being read if the
     * role is {@code REF_AREA} (2.1: a {@code Ref} with that id; 3.0: a URN ending with it).
     */
    private static String role(XMLStreamReader xml, String dimension, String economy) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int nested = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested++;
                text.append(' ').append(attr(xml, "id"));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (nested == 0) {
                    break;
                }
                nested--;
            }
        }
        String role = text.toString().strip().toUpperCase(Locale.ROOT);
        boolean refArea = role.equals("REF_AREA") || role.endsWith(".REF_AREA") || role.endsWith(" REF_AREA");
        return refArea && dimension != null && economy == null ? dimension : economy;
    }

    private static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }
}
