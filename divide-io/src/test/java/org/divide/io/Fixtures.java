package org.divide.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/** Test fixtures: resource files and small panels. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * A test resource under {@code org/divide/io/}.
     *
     * @param name the relative name, such as {@code wdi/wdi_SP.POP.TOTL.csv}
     * @return its path
     */
    public static Path resource(String name) {
        URL url = Fixtures.class.getResource("/org/divide/io/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Strict options resolving exactly the economies of {@link #panel()}. */
    public static ReadOptions options() {
        return ReadOptions.defaults().withResolver(EconomyResolver.of(panel().economies()));
    }

    /**
     * A small panel with awkward content: a name with the delimiter and a quote, a missing cell,
     * negative, tiny and large values.
     *
     * @return the panel
     */
    public static Panel panel() {
        Economy ken = Economy.of("KEN", "Kenya");
        Economy cod = Economy.of("COD", "Congo, Dem. \"Rep.\"");
        Economy nor = Economy.of("NOR", "Norway");
        Indicator pop = Indicator.of("SP.POP.TOTL");
        Indicator gap = Indicator.of("GAP");
        Panel.Builder b = Panel.builder();
        for (Economy e : List.of(ken, cod, nor)) {
            b.addEconomy(e);
        }
        b.addIndicator(pop).addIndicator(gap);
        b.put(ken, pop, 2020, 52217334).put(ken, pop, 2021, 53219166).put(cod, pop, 2020, 92853164)
                .put(nor, pop, 2021, 5408320).put(ken, gap, 2020, -0.125).put(cod, gap, 2021, 1.0 / 3)
                .put(nor, gap, 2020, 1e-9).put(nor, gap, 2021, Double.NaN);
        return b.build();
    }
}
