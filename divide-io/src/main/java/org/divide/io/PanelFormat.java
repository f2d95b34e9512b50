package org.divide.io;

import java.util.Arrays;
import java.util.Locale;

/**
 * The panel formats divide-io reads, with the name each has on a command line
 * ({@code sdmx-csv}, {@code coinr-idata}) and whether divide-io also writes it. {@link PanelFormats#detect} tells a
 * file's format; {@link PanelReader} reads a file in any of them.
 */
public enum PanelFormat {
    /** Long CSV: {@code economy,indicator,year,value}. */
    LONG(true),
    /** Wide CSV with years across: {@code economy,indicator,<years...>}. */
    WIDE(true),
    /** Wide CSV with indicators across: {@code economy,year,<indicators...>}. */
    WIDE_INDICATORS(true),
    /** divide's panel JSON. */
    JSON(true),
    /** A spreadsheet (xlsx or xls), first sheet in long layout. */
    XLSX(true),
    /** World Bank long CSV ({@code Country Name,Country Code,Year,Value}; indicator from the file name). */
    WDI(false),
    /** World Bank bulk download CSV ({@code API_..._DS2_...csv}, years across). */
    WDI_BULK(false),
    /** World Bank API v2 JSON page. */
    WORLDBANK_API(false),
    /** Our World in Data grapher CSV ({@code Entity,Code,Year,...}). */
    OWID(false),
    /** SDMX-CSV 1.0 or 2.x. */
    SDMX_CSV(false),
    /** SDMX-JSON 1.0 or 2.x. */
    SDMX_JSON(false),
    /** SDMX-ML 2.1 (generic or structure-specific). */
    SDMX_ML(false),
    /** IMF DataMapper API JSON. */
    IMF(false),
    /** COINr's iData table as CSV ({@code uCode, uName, *_group, Time, <indicators...>}). */
    COINR_IDATA(false);

    private final boolean writable;

    PanelFormat(boolean writable) {
        this.writable = writable;
    }

    /**
     * Whether divide-io writes this format ({@code LONG}, {@code WIDE}, {@code WIDE_INDICATORS},
     * {@code JSON}, {@code XLSX}).
     *
     * @return {@code true} if it does
     */
    public boolean writable() {
        return writable;
    }

    /**
     * The name on a command line: the constant's name in lower case with {@code -} for
     * {@code _}, such as {@code sdmx-csv}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The labels of every format, for messages.
     *
     * @return {@code long, wide, ..., imf}
     */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(PanelFormat::label).toList());
    }

    /**
     * The format with a label (or constant name), without regard to case.
     *
     * @param label the label, such as {@code sdmx-csv} or {@code SDMX_CSV}
     * @return the format
     * @throws IllegalArgumentException naming the label and listing the known ones if none has it
     */
    public static PanelFormat ofLabel(String label) {
        String name = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PanelFormat f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label + "'; use one of " + labels());
    }
}
