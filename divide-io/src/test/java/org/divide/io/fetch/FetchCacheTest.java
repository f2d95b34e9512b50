package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FetchCache}: entries on disk, listing, clearing, and what it leaves alone. */
class FetchCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);

    private static StoredEntry entry(String url, String body, Instant at) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return new StoredEntry(url, "text/csv", "text/csv", "\"e\"", null, at, Sha256.hex(b), b.length, b);
    }

    private static String key(String url) {
        return FetchCache.key(new FetchRequest(URI.create(url), "text/csv"));
    }

    @Test
    void anEntryIsWrittenAndReadBack() throws Exception {
        FetchCache cache = new FetchCache(dir.resolve("new/folder"), clock);
        String url = "https://example.org/a.csv";

        cache.write(key(url), entry(url, "a,b\n1,2\n", T0));
        StoredEntry back = cache.read(key(url));

        assertArrayEquals("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), back.body());
        assertEquals(url, back.url());
        assertEquals("\"e\"", back.etag());
        assertNull(back.lastModified());
        assertEquals(T0, back.fetchedAt());
        assertNull(cache.read(key("https://example.org/other.csv")));
        try (var s = Files.list(cache.dir())) {
            assertEquals(List.of(key(url) + ".entry"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theListingShowsUrlSizeTimeAndAge() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        cache.write(key("https://b.org/x"), entry("https://b.org/x", "12345", T0));
        cache.write(key("https://a.org/y?token=REDACTED"), entry("https://a.org/y?token=REDACTED", "1",
                T0.minus(Duration.ofDays(3))));
        clock.advance(Duration.ofHours(1));

        List<CacheEntry> list = cache.list();

        assertEquals(List.of(
                new CacheEntry(URI.create("https://a.org/y?token=REDACTED"), "text/csv", "text/csv", 1,
                        T0.minus(Duration.ofDays(3)), Duration.ofHours(73)),
                new CacheEntry(URI.create("https://b.org/x"), "text/csv", "text/csv", 5, T0, Duration.ofHours(1))),
                list);
    }

    @Test
    void clearingByAgeKeepsTheYoungEntries() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        cache.write(key("https://b.org/new"), entry("https://b.org/new", "n", T0));
        cache.write(key("https://b.org/old"), entry("https://b.org/old", "o", T0.minus(Duration.ofDays(10))));

        assertEquals(1, cache.clear(Duration.ofDays(7)));

        assertEquals(List.of(URI.create("https://b.org/new")), cache.list().stream().map(CacheEntry::url).toList());
        assertThrows(IllegalArgumentException.class, () -> cache.clear(Duration.ofDays(-1)));
    }

    @Test
    void clearingRemovesEntriesAndLeftoversButNothingElse() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        cache.write(key("https://b.org/1"), entry("https://b.org/1", "1", T0));
        cache.write(key("https://b.org/2"), entry("https://b.org/2", "2", T0));
        Path leftover = dir.resolve(key("https://b.org/3") + ".123456.tmp");
        Files.writeString(leftover, "half");
        Path mine = dir.resolve("notes.txt");
        Files.writeString(mine, "the user's own file");

        assertEquals(2, cache.clear());

        assertEquals(List.of(), cache.list());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(mine));
    }

    @Test
    void aTemporaryFileIsNeverReadAsAnEntry() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        String k = key("https://b.org/t");
        Files.writeString(dir.resolve(k + ".999.tmp"), StoredEntry.MAGIC + "\n{}\n");

        assertNull(cache.read(k));
        assertEquals(List.of(), cache.list());
    }

    @Test
    void clearingByAgeRemovesOnlyOldLeftovers() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        Path old = dir.resolve(key("https://b.org/o") + ".1.tmp");
        Path young = dir.resolve(key("https://b.org/y") + ".2.tmp");
        Files.writeString(old, "x");
        Files.writeString(young, "y");
        Files.setLastModifiedTime(old, FileTime.from(T0.minus(Duration.ofDays(2))));
        Files.setLastModifiedTime(young, FileTime.from(T0));

        assertEquals(0, cache.clear(Duration.ofDays(1)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(young));
    }

    @Test
    void aMissingFolderListsNothing() throws Exception {
        FetchCache cache = FetchCache.open(dir.resolve("absent"));

        assertEquals(List.of(), cache.list());
        assertEquals(0, cache.clear());
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    @Test
    void aForeignFileWithAnEntryNameIsDamagedAndSkipped() throws Exception {
        FetchCache cache = new FetchCache(dir, clock);
        String k = key("https://b.org/f");
        Files.writeString(dir.resolve(k + ".entry"), "something else\n{}\n");

        assertNull(cache.read(k));
        assertEquals(List.of(), cache.list());
        assertEquals(1, cache.clear(Duration.ofDays(365)));
    }
}
