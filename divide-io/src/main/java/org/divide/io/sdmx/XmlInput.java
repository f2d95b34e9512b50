package org.divide.io.sdmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Parser errors become a {@link MalformedDataException} with the line and column.
 */
final class XmlInput {

    private static final XMLInputFactory FACTORY = factory();

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
    static XMLStreamReader open(InputStream in, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(1);
        if (buffered.read() < 0) {
            throw new MalformedDataException(org.divide.io.Location.of(source), "empty input: no XML document");
        }
        buffered.reset();
        try {
            return FACTORY.createXMLStreamReader(buffered);
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    /**
     * The exception for a parser error.
     *
     * @param source the source name
     * @param e      the parser's exception
     * @return the exception to throw
     */
    static MalformedDataException malformed(String source, XMLStreamException e) {
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
    static long position(XMLStreamReader xml) {
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
    static org.divide.io.Location location(String source, long position) {
        return location(source, (int) (position >>> 32), (int) position);
    }

    private static org.divide.io.Location location(String source, int line, int column) {
        return new org.divide.io.Location(source, Math.max(line, 0), column > 0 ? "column " + column : null);
    }
}
