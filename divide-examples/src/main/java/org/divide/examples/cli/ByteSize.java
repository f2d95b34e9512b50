package org.divide.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size in bytes as a user writes it: {@code 1073741824}, or a number with a binary unit
 * {@code K}, {@code M}, {@code G} or {@code T} (1024-based; a trailing {@code B} or {@code iB} is
 * accepted: {@code 4G}, {@code 512MiB}).
 */
final class ByteSize {

    private ByteSize() {
    }

    /**
     * The bytes of a size.
     *
     * @param text the size as written
     * @return the bytes, at least 1
     * @throws IllegalArgumentException if the text is not such a size
     */
    static long parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        t = t.endsWith("IB") ? t.substring(0, t.length() - 2) : t.endsWith("B") ? t.substring(0, t.length() - 1) : t;
        int shift = 0;
        if (!t.isEmpty()) {
            int unit = "KMGT".indexOf(t.charAt(t.length() - 1));
            if (unit >= 0) {
                shift = 10 * (unit + 1);
                t = t.substring(0, t.length() - 1);
            }
        }
        long n;
        try {
            n = Long.parseLong(t.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size (expected bytes, or a number with K, M,"
                    + " G or T, such as 4G)", e);
        }
        if (n < 1 || n > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException("'" + text + "' is not a size between 1 byte and 8E (exabytes)");
        }
        return n << shift;
    }

    /** The picocli converter: a usage error naming the text. */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
