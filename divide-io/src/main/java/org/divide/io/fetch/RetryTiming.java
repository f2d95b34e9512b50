package org.divide.io.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: exponential backoff with full jitter (a uniform wait
 * between 0 and {@code min(CAP, BASE * 2^(attempt-1))}; Brooker, "Exponential Backoff And Jitter",
 * AWS Architecture Blog, 2015), or what the provider's {@code Retry-After} asks (RFC 9110 §10.2.3:
 * seconds or an HTTP-date), up to {@link #MAX_RETRY_AFTER}.
 */
final class RetryTiming {

    /** The ceiling of the first wait. */
    static final Duration BASE = Duration.ofMillis(500);

    /** The highest ceiling of a backoff wait. */
    static final Duration CAP = Duration.ofSeconds(30);

    /** The longest {@code Retry-After} honoured; a provider asking for more fails the fetch at once. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private RetryTiming() {
    }

    /**
     * The backoff wait after a failed attempt.
     *
     * @param attempt the attempt that failed, from 1
     * @param random  uniform values in [0, 1)
     * @return the wait, between 0 and the attempt's ceiling
     */
    static Duration backoff(int attempt, DoubleSupplier random) {
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis((long) Math.floor(random.getAsDouble() * ceiling));
    }

    /**
     * The wait a {@code Retry-After} header asks for.
     *
     * @param header the header's value, or {@code null}
     * @param now    the present time, for an HTTP-date
     * @return the wait (zero for a date in the past), or empty when there is no header or it is
     *         neither a number of seconds nor an HTTP-date
     */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.chars().allMatch(Character::isDigit)) {
            return Optional.of(h.length() > 9 ? Duration.ofSeconds(999_999_999L) : Duration.ofSeconds(Long.parseLong(h)));
        }
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
