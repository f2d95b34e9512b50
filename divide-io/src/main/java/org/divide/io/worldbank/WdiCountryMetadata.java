package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.divide.core.Economy;
import org.divide.io.EconomyResolver;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;

/**
 * The {@code Metadata_Country_...csv} companion of a WDI bulk download:
 * {@code "Country Code","Region","IncomeGroup","SpecialNotes","TableName"}. A row with an empty
 * region is an aggregate.
 */
final class WdiCountryMetadata {

    private WdiCountryMetadata() {
    }

    /**
     * Reads the companion into a resolver by code.
     *
     * @param reader the text (not closed)
     * @param source the name used in messages
     * @return the resolver over its economies
     * @throws IOException if it is malformed or cannot be read
     */
    static EconomyResolver read(Reader reader, String source) throws IOException {
        Map<String, Economy> byCode = new HashMap<>();
        try (CsvTable table = CsvTable.open(reader, source, CsvOptions.defaults())) {
            int code = table.column("Country Code");
            int region = table.column("Region");
            int income = table.column("IncomeGroup");
            int name = table.column("TableName");
            for (CsvRow row; (row = table.next()) != null;) {
                String width = table.widthProblem(row);
                if (width != null) {
                    throw new org.divide.io.MalformedDataException(row.at(), width);
                }
                String c = row.get(code).strip();
                String r = row.get(region).strip();
                String i = row.get(income).strip();
                String n = row.get(name).strip();
                Economy.Kind kind = r.isEmpty() ? Economy.Kind.AGGREGATE : Economy.Kind.CLASSIFIED;
                byCode.put(c.toUpperCase(Locale.ROOT), new Economy(c, n.isEmpty() ? c : n, kind, null, null,
                        r.isEmpty() ? null : r, null, i.isEmpty() ? null : i, null, null));
            }
        }
        return key -> Optional.ofNullable(byCode.get(key.toUpperCase(Locale.ROOT)));
    }
}
