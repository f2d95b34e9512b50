package org.divide.io.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.divide.io.MalformedDataException;
import org.junit.jupiter.api.function.Executable;

/** The assertion every hostile input shares: a fast, short, one-line, located error. */
final class Hostile {

    private Hostile() {
    }

    /**
     * Runs a read that must fail within a few seconds with a {@link MalformedDataException} whose
     * message is one line of at most 600 characters, names the source and carries no third-party
     * class name.
     *
     * @param source the source name the message must start with
     * @param read   the read
     * @return the exception
     */
    static MalformedDataException fails(String source, Executable read) {
        MalformedDataException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(MalformedDataException.class, read));
        String m = e.getMessage();
        assertTrue(m.startsWith(source), m);
        assertTrue(m.length() <= 600, () -> m.length() + " characters: " + m.substring(0, 200));
        assertFalse(m.contains("\n"), m);
        for (String internal : new String[] {"org.apache", "com.fasterxml", "javax.xml", "java.io", "Exception",
            "StreamReadConstraints", "xmlbeans", "POIXML"}) {
            assertFalse(m.contains(internal), m);
        }
        assertTrue(e.location().source().equals(source), e.location().toString());
        return e;
    }
}
