package org.divide.examples.cli;

import org.divide.io.PanelFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --from}: a first year (four digits) or the format of the data files
 * ({@code wdi}, {@code owid}, ...), so that both {@code --from 2005 --to 2022} and
 * {@code --from wdi} read as a researcher would say them.
 *
 * @param year   the first year, or {@code null}
 * @param format the format, or {@code null}
 */
record YearOrFormat(Integer year, PanelFormat format) {

    /** The picocli converter. */
    static final class Converter implements ITypeConverter<YearOrFormat> {

        @Override
        public YearOrFormat convert(String value) {
            String v = value.strip();
            if (v.matches("\\d{4}")) {
                return new YearOrFormat(Integer.parseInt(v), null);
            }
            try {
                return new YearOrFormat(null, PanelFormat.ofLabel(v));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is neither a year nor a format: "
                        + e.getMessage());
            }
        }
    }
}
