package org.divide.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.divide.io.ErrorText;
import org.divide.io.MalformedDataException;

/**
 * Secure streaming XML input: the JDK's StAX parser with DTDs and external entities disabled, so
 * that neither XXE (a {@code DOCTYPE} pulling in a file or a URL) nor entity expansion (the
 * "billion laughs") can run; a document that declares a {@code DOCTYPE} is rejected outright.
 * Parser errors become a {@link MalformedDataException} with the line and column. The one XML
 * setup of divide-io: the SDMX-ML reader and the SDMX structure reader of
 * {@code org.divide.io.fetch.DataStructure} both open their input here.
 */
public final class XmlInput {

    private static final XMLInputFactory FACTORY = factory();

    /** The bytes read to find the XML declaration's encoding. */
    private static final int DECLARATION = 256;

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private XmlInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused");
        });
        return f;
    }

    /**
     * Opens a stream; the encoding comes from the XML declaration (UTF-8 by default).
     *
     * @param in     the bytes; not closed by the returned reader
     * @param source the name used in messages
     * @return the reader, before the document start
     * @throws MalformedDataException if the stream is empty or its start is not XML
     * @throws IOException            if reading fails
     */
    public static XMLStreamReader open(InputStream in, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(DECLARATION);
        byte[] head = buffered.readNBytes(DECLARATION);
        if (head.length == 0) {
            throw new MalformedDataException(org.divide.io.Location.of(source), "empty input: no XML document");
        }
        buffered.reset();
        boolean utf8 = utf8(head);
        if (utf8 && head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            buffered.skipNBytes(3); // the UTF-8 byte-order mark, which a Reader would pass on
        }
        try {
            // UTF-8 (declared or by default) is decoded here, strictly, so that a bad byte is an
            // exception of the reader and not a line the JDK parser prints on standard error
            return utf8 ? FACTORY.createXMLStreamReader(new Utf8Reader(buffered, source))
                    : FACTORY.createXMLStreamReader(buffered);
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    /** Whether a document starting with these bytes is UTF-8: no byte-order mark of UTF-16, no other encoding declared. */
    private static boolean utf8(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", ""));
        return !m.find() || m.group(1).strip().equalsIgnoreCase("UTF-8") || m.group(1).strip().equalsIgnoreCase("UTF8");
    }

    /**
     * The exception for a parser error.
     *
     * @param source the source name
     * @param e      the parser's exception
     * @return the exception to throw
     */
    public static MalformedDataException malformed(String source, XMLStreamException e) {
        for (Throwable t = e.getNestedException() != null ? e.getNestedException() : e.getCause(); t != null;
                t = t.getCause()) {
            if (t instanceof MalformedDataException m) {
                return m;
            }
        }
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int m = message.indexOf("Message: ");
        String reason = ErrorText.scrub((m >= 0 ? message.substring(m + 9) : message).strip());
        return new MalformedDataException(at == null || at.getLineNumber() < 1 ? org.divide.io.Location.of(source)
                : location(source, at.getLineNumber(), at.getColumnNumber()), "malformed XML: " + reason, e);
    }

    /**
     * A line and column as one {@code long}, for the positions of a collector.
     *
     * @param xml the reader, at an event
     * @return the packed position
     */
    public static long position(XMLStreamReader xml) {
        Location at = xml.getLocation();
        return (long) Math.max(at.getLineNumber(), 0) << 32 | Math.max(at.getColumnNumber(), 0);
    }

    /**
     * The location of a packed position.
     *
     * @param source   the source name
     * @param position the line and column from {@link #position(XMLStreamReader)}
     * @return the location
     */
    public static org.divide.io.Location location(String source, long position) {
        return location(source, (int) (position >>> 32), (int) position);
    }

    private static org.divide.io.Location location(String source, int line, int column) {
        return new org.divide.io.Location(source, Math.max(line, 0), column > 0 ? "column " + column : null);
    }
}
