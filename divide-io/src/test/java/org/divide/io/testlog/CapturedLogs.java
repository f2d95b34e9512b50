package org.divide.io.testlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j provider of divide-io's tests (registered in {@code META-INF/services}): it prints
 * nothing, so tests stay silent, and keeps every event of divide's loggers at every level (other
 * loggers are off) so that a test can check what the library logged. A public class with a public
 * constructor, as {@link java.util.ServiceLoader} needs. Tests may run in parallel: filter the
 * events by something unique to the test, such as its source name.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    /** One logged event. */
    public record Event(String logger, Level level, String message) {
    }

    private static final List<Event> EVENTS = new ArrayList<>();
    private static final Map<String, Logger> LOGGERS = new ConcurrentHashMap<>();

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** The provider, as {@link java.util.ServiceLoader} creates it. */
    public CapturedLogs() {
        // the events are static: slf4j creates one provider per class loader
    }

    /**
     * The events logged so far whose message contains {@code text}.
     *
     * @param text the text to look for
     * @return the events, oldest first
     */
    public static List<Event> containing(String text) {
        synchronized (EVENTS) {
            return EVENTS.stream().filter(e -> e.message().contains(text)).toList();
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return name -> LOGGERS.computeIfAbsent(name, Capturing::new);
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    /** A logger that keeps every event of a logger under {@code org.divide}. */
    private static final class Capturing extends AbstractLogger {

        private static final long serialVersionUID = 1L;

        /** Only divide's loggers are kept; the others (a test library's) are off. */
        private final boolean captured;

        Capturing(String name) {
            this.name = name;
            this.captured = name.startsWith("org.divide.");
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            synchronized (EVENTS) {
                EVENTS.add(new Event(name, level, message));
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return captured;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return captured;
        }

        @Override
        public boolean isDebugEnabled() {
            return captured;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return captured;
        }

        @Override
        public boolean isInfoEnabled() {
            return captured;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return captured;
        }

        @Override
        public boolean isWarnEnabled() {
            return captured;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return captured;
        }

        @Override
        public boolean isErrorEnabled() {
            return captured;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return captured;
        }
    }
}
