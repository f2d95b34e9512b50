package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link FetchSettings}: defaults, the platform's cache folder, validation, immutability. */
class FetchSettingsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        FetchSettings d = FetchSettings.defaults();

        assertEquals(Duration.ofDays(1), d.ttl());
        assertFalse(d.offline());
        assertFalse(d.refresh());
        assertEquals(Duration.ofSeconds(10), d.connectTimeout());
        assertEquals(Duration.ofMinutes(5), d.requestTimeout());
        assertEquals(4, d.maxRetries());
        assertEquals(1L << 30, d.maxBodyBytes());
        assertFalse(d.allowInsecureHttp());
        assertEquals(Set.of(), d.allowedRedirectHosts());
        assertEquals("divide", d.userAgent());
        assertSame(FetchListener.NONE, d.listener());
        assertEquals(FetchSettings.defaultCacheDir(), d.cacheDir());
    }

    @Test
    void theCacheFolderFollowsThePlatform() {
        assertEquals(Path.of("/x/cache/divide/http"),
                FetchSettings.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/divide/http"), FetchSettings.defaultCacheDir(Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/divide/http"),
                FetchSettings.defaultCacheDir(Map.of("XDG_CACHE_HOME", "relative"), "FreeBSD", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Caches/divide/http"),
                FetchSettings.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/x"), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("L", "divide", "http"),
                FetchSettings.defaultCacheDir(Map.of("LOCALAPPDATA", "L"), "Windows 11", "H"));
        assertEquals(Path.of("H", "AppData", "Local", "divide", "http"),
                FetchSettings.defaultCacheDir(Map.of(), "Windows 11", "H"));
    }

    @Test
    void withMethodsReturnNewSettings() {
        FetchSettings d = FetchSettings.defaults();
        FetchSettings s = d.withCacheDir(Path.of("c")).withTtl(Duration.ZERO).withOffline(true).withRefresh(true)
                .withConnectTimeout(Duration.ofSeconds(1)).withRequestTimeout(Duration.ofSeconds(2)).withMaxRetries(0)
                .withMaxBodyBytes(10).withAllowInsecureHttp(true).withAllowedRedirectHosts(Set.of("A.org"))
                .withUserAgent("me");

        assertEquals(Path.of("c"), s.cacheDir());
        assertEquals(Duration.ZERO, s.ttl());
        assertTrue(s.offline() && s.refresh() && s.allowInsecureHttp());
        assertEquals(Duration.ofSeconds(1), s.connectTimeout());
        assertEquals(Duration.ofSeconds(2), s.requestTimeout());
        assertEquals(0, s.maxRetries());
        assertEquals(10, s.maxBodyBytes());
        assertEquals(Set.of("a.org"), s.allowedRedirectHosts());
        assertEquals("me", s.userAgent());
        assertEquals(4, d.maxRetries());
        assertFalse(d.offline());
    }

    @Test
    void invalidValuesAreRefusedWithTheirName() {
        FetchSettings d = FetchSettings.defaults();
        assertEquals("ttl: PT-1S is negative",
                assertThrows(IllegalArgumentException.class, () -> d.withTtl(Duration.ofSeconds(-1))).getMessage());
        assertEquals("requestTimeout: PT0S is not positive",
                assertThrows(IllegalArgumentException.class, () -> d.withRequestTimeout(Duration.ZERO)).getMessage());
        assertEquals("maxRetries: 21 is outside 0 to 20",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxRetries(21)).getMessage());
        assertEquals("maxBodyBytes: 0 is outside 1 to 2147483639",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxBodyBytes(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withUserAgent("a\nb"));
    }
}
