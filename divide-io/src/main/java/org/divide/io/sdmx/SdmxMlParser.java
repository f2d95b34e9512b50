package org.divide.io.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.Limits;
import org.divide.io.internal.XmlInput;
import org.divide.io.internal.Values;

/**
 * Reads an SDMX-ML 2.1 generic or structure-specific data message with StAX, one event at a time,
 * into a {@link SeriesCollector}. Memory does not grow with the number of observations beyond
 * the collector's cells.
 */
final class SdmxMlParser {

    private static final Set<String> ROOTS = Set.of("GenericData", "GenericTimeSeriesData", "StructureSpecificData",
            "StructureSpecificTimeSeriesData");
    private static final String ALL = "AllDimensions";
    private static final String TITLE = "TITLE";
    private static final Set<String> KNOWN_ATTRIBUTES = known();

    private final XMLStreamReader xml;
    private final String source;
    private final SdmxOptions sdmx;
    private final ReadOptions options;
    private final SeriesCollector c;
    private final Map<String, String> atObservation = new HashMap<>();
    private boolean generic;
    private String structure = "";
    private String reference = "";
    private String dimensionAtObservation;
    private boolean inHeader;
    private boolean inSeries;
    private boolean inObs;
    /** 0 outside, 1 in a series key, 2 in an observation key, 3 in attributes. */
    private int values;
    private final Key series = new Key();
    private final Key obs = new Key();
    private SeriesCollector.Series current;
    private boolean resolved;
    private String obsValue;
    private long obsAt;
    private String timeId;

    private SdmxMlParser(XMLStreamReader xml, String source, SdmxOptions sdmx, ReadOptions options) {
        this.xml = xml;
        this.source = source;
        this.sdmx = sdmx;
        this.options = options;
        this.c = new SeriesCollector(source, sdmx, options, p -> XmlInput.location(source, p));
        this.timeId = sdmx.time();
    }

    private static Set<String> known() {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(SdmxOptions.KNOWN_ATTRIBUTES);
        return Collections.unmodifiableSet(set);
    }

    /** Dimension ids and values collected for a series or an observation. */
    private static final class Key {
        final List<String> ids = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        String period;
        String title;

        void clear() {
            ids.clear();
            values.clear();
            period = null;
            title = null;
        }
    }

    static ReadResult read(InputStream in, String source, SdmxOptions sdmx, ReadOptions options) throws IOException {
        XMLStreamReader xml = XmlInput.open(Limits.bounded(in, options.limits(), source), source);
        try {
            SdmxMlParser reader = new SdmxMlParser(xml, source, sdmx, options);
            reader.run();
            return reader.c.finish(reader.reference.isEmpty() ? reader.structure : reader.reference, reader.timeId);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(source, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to report: the result or the first error stands
            }
        }
    }

    private void run() throws XMLStreamException, MalformedDataException {
        boolean root = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new MalformedDataException(here(), "DOCTYPE declarations are refused (DTDs and external entities"
                        + " are disabled for security)");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!root) {
                    root = true;
                    String name = xml.getLocalName();
                    if (!ROOTS.contains(name)) {
                        throw new MalformedDataException(here(), "not an SDMX-ML 2.1 data message: the root element"
                                + " is '" + name + "', expected one of " + ROOTS);
                    }
                    generic = name.startsWith("Generic");
                } else {
                    start(xml.getLocalName());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            }
        }
    }

    private void start(String name) throws XMLStreamException, MalformedDataException {
        switch (name) {
            case "Header" -> inHeader = true;
            case "Structure" -> {
                String id = attribute("structureID");
                if (inHeader && id != null) {
                    String at = attribute("dimensionAtObservation");
                    atObservation.put(id, at == null ? sdmx.time() : at);
                    structure = structure.isEmpty() ? id : structure;
                }
            }
            case "Ref" -> {
                String id = attribute("id");
                if (inHeader && id != null && reference.isEmpty()) {
                    String agency = attribute("agencyID");
                    String version = attribute("version");
                    reference = (agency == null ? "" : agency + ":") + id + (version == null ? "" : "(" + version + ")");
                }
            }
            case "DataSet" -> {
                series.clear();
                String ref = attribute("structureRef");
                String at = ref == null ? null : atObservation.get(ref);
                dimensionAtObservation = at != null ? at : atObservation.size() == 1
                        ? atObservation.values().iterator().next() : sdmx.time();
            }
            case "Group" -> skip();
            case "Series" -> {
                inSeries = true;
                series.clear();
                current = null;
                resolved = false;
                if (!generic) {
                    components(series, false);
                    order(series);
                }
            }
            case "Obs" -> {
                inObs = true;
                obs.clear();
                obsValue = null;
                obsAt = XmlInput.position(xml);
                if (!generic) {
                    components(obs, !inSeries || ALL.equals(dimensionAtObservation));
                    observation();
                }
            }
            case "SeriesKey" -> values = 1;
            case "ObsKey" -> values = 2;
            case "Attributes" -> values = 3;
            case "Value" -> genericValue();
            case "ObsDimension" -> dimension(obs, attribute("id") != null ? attribute("id") : dimensionAtObservation,
                    attribute("value"));
            case "ObsValue" -> obsValue = attribute("value");
            default -> {
                // other elements (header details, annotations) carry no observation
            }
        }
    }

    private void end(String name) throws MalformedDataException {
        switch (name) {
            case "Header" -> inHeader = false;
            case "Series" -> {
                inSeries = false;
                series.clear();
            }
            case "Obs" -> {
                if (generic && inObs) {
                    observation();
                }
                inObs = false;
            }
            case "SeriesKey", "ObsKey", "Attributes" -> values = 0;
            default -> {
                // nothing to close
            }
        }
    }

    private void genericValue() {
        if (values == 1 && inSeries && !inObs) {
            dimension(series, attribute("id"), attribute("value"));
            order(series);
        } else if (values == 2 && inObs) {
            dimension(obs, attribute("id"), attribute("value"));
        } else if (values == 3 && inSeries && !inObs && TITLE.equalsIgnoreCase(attribute("id"))) {
            series.title = attribute("value");
        }
    }

    /** The XML attributes of a structure-specific Series or Obs element. */
    private void components(Key key, boolean dimensionsHere) {
        boolean onObs = key == obs;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty()) {
                continue;
            }
            String id = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (!onObs && id.equalsIgnoreCase(TITLE)) {
                key.title = value;
            } else if (onObs && id.equalsIgnoreCase(sdmx.measure())) {
                obsValue = value;
            } else if (id.equalsIgnoreCase(sdmx.time())) {
                timeId = id;
                key.period = value;
            } else if (onObs && !dimensionsHere) {
                if (id.equalsIgnoreCase(dimensionAtObservation)) {
                    key.ids.add(id);
                    key.values.add(value);
                }
            } else if (sdmx.dimensions() != null ? sdmx.declares(id)
                    : !KNOWN_ATTRIBUTES.contains(id) && Codes.isCode(value)) {
                key.ids.add(id);
                key.values.add(value);
            }
        }
    }

    private void dimension(Key key, String id, String value) {
        if (id == null) {
            return;
        }
        if (id.equalsIgnoreCase(sdmx.time())) {
            timeId = id;
            key.period = value;
        } else {
            key.ids.add(id);
            key.values.add(value == null ? "" : value);
        }
    }

    /** Sorts a series key in the order of {@link SdmxOptions#dimensions()}, when given. */
    private void order(Key key) {
        List<String> declared = sdmx.dimensions();
        if (declared == null || key.ids.size() < 2) {
            return;
        }
        int n = key.ids.size();
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && rank(declared, key.ids.get(j)) < rank(declared, key.ids.get(j - 1)); j--) {
                swap(key.ids, j);
                swap(key.values, j);
            }
        }
    }

    private static int rank(List<String> declared, String id) {
        int r = Roles.find(declared, id);
        return r < 0 ? Integer.MAX_VALUE : r;
    }

    private static void swap(List<String> list, int j) {
        String t = list.get(j);
        list.set(j, list.get(j - 1));
        list.set(j - 1, t);
    }

    private void observation() throws MalformedDataException {
        String period = obs.period != null ? obs.period : series.period;
        if (period == null) {
            List<String> ids = new ArrayList<>(series.ids);
            ids.addAll(obs.ids);
            throw new MalformedDataException(XmlInput.location(source, obsAt), "no time dimension '" + sdmx.time()
                    + "' in this observation or its series (dimensions " + ids + "): the observations have no period"
                    + " and cannot form a panel (name the time dimension with SdmxOptions.withTime)");
        }
        SeriesCollector.Series s;
        if (obs.ids.isEmpty()) {
            if (!resolved) {
                current = c.series(series.ids, series.values.toArray(String[]::new), null, series.title, Map.of(),
                        obsAt);
                resolved = true;
            }
            s = current;
        } else {
            List<String> ids = new ArrayList<>(series.ids);
            ids.addAll(obs.ids);
            List<String> all = new ArrayList<>(series.values);
            all.addAll(obs.values);
            s = c.series(ids, all.toArray(String[]::new), null, series.title, Map.of(), obsAt);
        }
        if (s == null) {
            return;
        }
        try {
            Period p = Period.parse(period);
            c.put(s, p, Values.number(obsValue == null ? "" : obsValue, options), obsAt);
        } catch (IllegalArgumentException e) {
            c.skip(XmlInput.location(source, obsAt), e);
        }
    }

    private String attribute(String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the current element and its content. */
    private void skip() throws XMLStreamException {
        for (int depth = 1; depth > 0;) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Location here() {
        return XmlInput.location(source, XmlInput.position(xml));
    }
}
