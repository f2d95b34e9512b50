package org.divide.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
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

    private ZipGuard() {
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
    static void check(InputStream in, String source, ReadLimits limits) throws MalformedDataException {
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
