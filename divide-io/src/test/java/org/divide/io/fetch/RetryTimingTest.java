package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link RetryTiming} and {@link MediaTypes}: the arithmetic of waits and the content-type rule. */
class RetryTimingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void theBackoffCeilingDoublesUpToItsCap() {
        // a draw just below 1 gives (almost) the ceiling of each attempt
        double top = Math.nextDown(1.0);
        assertEquals(Duration.ofMillis(499), RetryTiming.backoff(1, () -> top));
        assertEquals(Duration.ofMillis(999), RetryTiming.backoff(2, () -> top));
        assertEquals(Duration.ofMillis(7999), RetryTiming.backoff(5, () -> top));
        assertEquals(Duration.ofMillis(29_999), RetryTiming.backoff(7, () -> top));
        assertEquals(Duration.ofMillis(29_999), RetryTiming.backoff(60, () -> top));
        assertEquals(Duration.ZERO, RetryTiming.backoff(3, () -> 0.0));
    }

    @Test
    void retryAfterIsSecondsOrADate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryTiming.retryAfter(" 120 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryTiming.retryAfter("Sun, 01 Mar 2026 12:01:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryTiming.retryAfter("Sun, 01 Mar 2026 11:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryTiming.retryAfter("soon", NOW));
        assertEquals(Optional.empty(), RetryTiming.retryAfter(null, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(999_999_999L)), RetryTiming.retryAfter("99999999999999999999", NOW));
    }

    @Test
    void mediaTypesCompareOnTypeAndSubtype() {
        assertTrue(MediaTypes.accepts("application/json", "application/json; charset=UTF-8"));
        assertTrue(MediaTypes.accepts("application/vnd.sdmx.data+csv;version=1.0.0",
                "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8"));
        assertTrue(MediaTypes.accepts("text/csv, application/json;q=0.5", "application/json"));
        assertTrue(MediaTypes.accepts("text/*", "text/csv"));
        assertTrue(MediaTypes.accepts("*/*", "text/html"));
        assertFalse(MediaTypes.accepts("application/json", "text/html"));
        assertTrue(MediaTypes.isHtml("TEXT/HTML;charset=iso-8859-1"));
        assertTrue(MediaTypes.isHtml("application/xhtml+xml"));
        assertFalse(MediaTypes.isHtml("text/plain"));
    }
}
