package org.divide.io.xlsx;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;

/**
 * The defence of the xlsx reader against zip bombs: before Apache POI opens a workbook (a zip of
 * XML parts), its parts are inflated once, streaming and counting, and a workbook whose parts
 * inflate to more than {@link ReadLimits#maxDecompressedBytes()} in all is refused naming the part
 * that crosses the limit. Memory stays at one buffer; time at most the limit's worth of inflation.
 */
final class ZipGuard {

    private static final int BUFFER = 1 << 16;
    /** The end-of-central-directory record (22 bytes) and the longest zip comment. */
    private static final int TAIL = 22 + 0xFFFF;

    private ZipGuard() {
    }

    /**
     * Checks a workbook file: a zip must end with its central directory (a truncated or damaged
     * one is refused here, rather than read by POI's fallback), and its parts must inflate within
     * the limit. A file that is not a zip (legacy xls, or no workbook) is left to POI.
     *
     * @param path   the file
     * @param source the name used in messages
     * @param limits the limits
     * @throws MalformedDataException if the zip is damaged or inflates beyond the limit
     * @throws IOException            if the file cannot be read
     */
    static void check(Path path, String source, ReadLimits limits) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(4, size));
            channel.read(head);
            if (!isZip(head.array())) {
                return;
            }
            int tailLength = (int) Math.min(size, TAIL);
            ByteBuffer tail = ByteBuffer.allocate(tailLength);
            channel.position(size - tailLength);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // fill the buffer
            }
            requireCentralDirectory(tail.array(), 0, tailLength, source);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER)) {
            check(in, source, limits);
        }
    }

    /**
     * Checks a workbook in memory, as {@link #check(Path, String, ReadLimits)}.
     *
     * @param bytes  the workbook
     * @param source the name used in messages
     * @param limits the limits
     * @throws MalformedDataException if the zip is damaged or inflates beyond the limit
     */
    static void check(byte[] bytes, String source, ReadLimits limits) throws MalformedDataException {
        if (!isZip(bytes)) {
            return;
        }
        int tailLength = Math.min(bytes.length, TAIL);
        requireCentralDirectory(bytes, bytes.length - tailLength, tailLength, source);
        check(new ByteArrayInputStream(bytes), source, limits);
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Requires the end-of-central-directory record (PK 5 6) within the last bytes. */
    private static void requireCentralDirectory(byte[] b, int from, int length, String source)
            throws MalformedDataException {
        for (int i = from + length - 22; i >= from; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return;
            }
        }
        throw new MalformedDataException(Location.of(source), "not a readable xlsx or xls workbook (a damaged or"
                + " truncated zip: its central directory is missing)");
    }

    /**
     * Checks a workbook's parts; inputs that are not a zip (legacy xls) or that are not a
     * readable zip are left to POI, which rejects them.
     *
     * @param in     the workbook's bytes; read to the end of its parts, not closed
     * @param source the name used in messages
     * @param limits the limits
     * @throws MalformedDataException if the parts inflate beyond the limit
     */
    private static void check(InputStream in, String source, ReadLimits limits) throws MalformedDataException {
        long max = limits.maxDecompressedBytes();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                for (int n; (n = zip.read(buffer)) > 0;) {
                    total += n;
                    if (total > max) {
                        throw MalformedDataException.limit(Location.of(source), "a workbook whose parts inflate to"
                                + " more than " + max + " bytes (at part '" + clip(entry.getName())
                                + "'; a zip bomb?)", "maxDecompressedBytes");
                    }
                }
            }
        } catch (MalformedDataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a zip, or a damaged one: POI reports it
            return;
        }
    }

    private static String clip(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100) + "…";
    }
}
