package org.divide.io.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk cache of fetched responses: one file per URL and {@code Accept} value, named by the
 * SHA-256 of both ({@code <64 hex digits>.entry}), holding the body and its metadata (redacted URL,
 * {@code ETag}, {@code Last-Modified}, content type, time fetched, SHA-256 of the body).
 *
 * <p><b>Safe against crashes and other processes.</b> An entry is written to a temporary file in the
 * same folder, forced to the disk, then renamed over the old entry in one atomic step: a reader (in
 * this process or another) sees the old entry or the new one, never half of one, and a killed process
 * leaves at most a {@code .tmp} file, which {@link #clear()} removes. An entry found damaged on
 * reading (its body's length or SHA-256 differs from its metadata) is logged and treated as missing.
 * The cache touches only files with those two name patterns in its folder.
 *
 * <p>Thread-safe. Cached bodies carry no credentials in their metadata, but the body itself is what
 * the provider sent.
 */
public final class FetchCache {

    private static final Logger LOG = LoggerFactory.getLogger(FetchCache.class);

    private static final String SUFFIX = ".entry";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.entry");
    private static final Pattern TEMP = Pattern.compile("[0-9a-f]{64}\\..*\\.tmp");

    private final Path dir;
    private final Clock clock;

    FetchCache(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The cache in a folder (created on the first write).
     *
     * @param dir the folder
     * @return the cache
     */
    public static FetchCache open(Path dir) {
        return new FetchCache(dir, Clock.systemUTC());
    }

    /**
     * The folder of the cache.
     *
     * @return the folder
     */
    public Path dir() {
        return dir;
    }

    /**
     * The entries of the cache, by URL. Damaged entries are left out (and logged).
     *
     * @return the entries; empty when the folder does not exist
     * @throws IOException if the folder cannot be read
     */
    public List<CacheEntry> list() throws IOException {
        Instant now = clock.instant();
        List<CacheEntry> out = new ArrayList<>();
        for (Path file : files(ENTRY)) {
            StoredEntry meta = meta(file);
            if (meta != null) {
                out.add(new CacheEntry(URI.create(meta.url()), meta.accept(), meta.contentType(), meta.length(),
                        meta.fetchedAt(), Duration.between(meta.fetchedAt(), now)));
            }
        }
        out.sort(Comparator.comparing((CacheEntry e) -> e.url().toString()).thenComparing(CacheEntry::accept));
        return out;
    }

    /**
     * Removes every entry and every temporary file left by a killed process.
     *
     * @return the number of entries removed
     * @throws IOException if a file cannot be removed
     */
    public int clear() throws IOException {
        return remove(null);
    }

    /**
     * Removes the entries fetched (or last revalidated) longer ago than a duration, damaged entries,
     * and temporary files older than that.
     *
     * @param olderThan the age beyond which an entry goes, not negative
     * @return the number of entries removed
     * @throws IOException if a file cannot be removed
     * @throws NullPointerException if {@code olderThan} is null
     * @throws IllegalArgumentException if {@code olderThan} is negative
     */
    public int clear(Duration olderThan) throws IOException {
        if (olderThan.isNegative()) {
            throw new IllegalArgumentException("olderThan: " + olderThan + " is negative");
        }
        return remove(clock.instant().minus(olderThan));
    }

    /** Removes the entries and temporary files older than a time, or all of them when it is null. */
    private int remove(Instant cutoff) throws IOException {
        int removed = 0;
        for (Path file : files(ENTRY)) {
            StoredEntry meta = cutoff == null ? null : meta(file);
            if (cutoff == null || meta == null || meta.fetchedAt().isBefore(cutoff)) {
                removed += Files.deleteIfExists(file) ? 1 : 0;
            }
        }
        for (Path file : files(TEMP)) {
            if (cutoff == null || Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(file);
            }
        }
        LOG.debug("{}: {} cache entries removed", dir, removed);
        return removed;
    }

    /**
     * The key of a request: the SHA-256 of its URL and Accept value.
     *
     * @param request the request
     * @return 64 hexadecimal digits
     */
    static String key(FetchRequest request) {
        return Sha256.hex(request.uri().toString() + "\n" + request.accept());
    }

    /**
     * The file of an entry.
     *
     * @param key the key
     * @return the path, existing or not
     */
    Path file(String key) {
        return dir.resolve(key + SUFFIX);
    }

    /**
     * Reads an entry, checking it.
     *
     * @param key the key
     * @return the entry, or {@code null} when there is none or it is damaged
     * @throws IOException if the file exists but cannot be read
     */
    StoredEntry read(String key) throws IOException {
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            return StoredEntry.decode(bytes);
        } catch (StoredEntry.Damaged e) {
            LOG.warn("{}: a damaged cache entry ({}) is ignored; the URL is fetched again", file, e.getMessage());
            return null;
        }
    }

    /**
     * Writes an entry atomically: a temporary file in the folder, forced to the disk, renamed over the
     * old entry.
     *
     * @param key   the key
     * @param entry the entry with its body
     * @throws IOException if the entry cannot be written (the old entry, if any, is then intact)
     */
    void write(String key, StoredEntry entry) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, key + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                writeFully(ch, ByteBuffer.wrap(entry.header()));
                writeFully(ch, ByteBuffer.wrap(entry.body()));
                ch.force(true);
            }
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(dir + ": the file system cannot rename atomically, which the cache needs", e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncFolder();
    }

    /** Forces the folder's listing (the rename) to the disk, where the platform allows it. */
    private void syncFolder() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.trace("{}: folder not synced ({})", dir, e.getMessage());
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** The metadata of an entry file, or {@code null} if it is damaged or gone. */
    private static StoredEntry meta(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return StoredEntry.readMeta(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (StoredEntry.Damaged e) {
            LOG.warn("{}: a damaged cache entry ({})", file, e.getMessage());
            return null;
        }
    }

    private List<Path> files(Pattern names) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                Path name = p.getFileName();
                if (name != null && names.matcher(name.toString()).matches() && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
