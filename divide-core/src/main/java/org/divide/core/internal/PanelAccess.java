package org.divide.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/**
 * A way for divide's readers to hand a panel its column arrays without a copy: a reader that has
 * built the dense columns of a large panel itself (millions of cells) would otherwise hold them
 * twice, once in its own arrays and once in the panel's. {@link Panel} installs the factory when
 * it is initialised; the package is exported to {@code org.divide.io} only.
 *
 * <p>This is not API: code outside divide must not use it. The arrays handed over become the
 * panel's storage; the caller must not keep, read or modify them afterwards, or the panel is no
 * longer immutable.
 */
public final class PanelAccess {

    /** Builds a panel over arrays it takes over. */
    @FunctionalInterface
    public interface Factory {
        /**
         * The panel; see {@link PanelAccess#adopt}.
         *
         * @param economies  the economies
         * @param indicators the indicators
         * @param years      the years
         * @param columns    the columns
         * @param valuesChecked whether the caller has checked the values (see {@link PanelAccess#adoptChecked})
         * @return the panel
         */
        Panel adopt(List<Economy> economies, List<Indicator> indicators, int[] years, double[][] columns,
                boolean valuesChecked);
    }

    private static final AtomicReference<Factory> FACTORY = new AtomicReference<>();

    private PanelAccess() {
    }

    /**
     * Installs the factory; {@link Panel} calls this once, when it is initialised.
     *
     * @param f the factory
     * @throws IllegalStateException if a factory is installed already
     */
    public static void install(Factory f) {
        if (!FACTORY.compareAndSet(null, Objects.requireNonNull(f, "factory"))) {
            throw new IllegalStateException("the panel factory is installed already");
        }
    }

    /**
     * A panel over the given axes whose storage is {@code columns}, taken over without a copy.
     * The axes and values are checked as {@link Panel.Builder} checks them: distinct codes, years
     * ascending, distinct and within [{@link Panel#MIN_YEAR}, {@link Panel#MAX_YEAR}], one column
     * slot per (indicator, year), each column {@code null} or as long as the economies, values
     * finite or {@code NaN}. A column holding only {@code NaN} becomes {@code null}.
     *
     * @param economies  the economies, distinct codes
     * @param indicators the indicators, distinct codes
     * @param years      the years; taken over
     * @param columns    {@code [indicator * years.length + yearIndex]}; taken over
     * @return the panel
     * @throws IllegalArgumentException if any of the above does not hold
     */
    public static Panel adopt(List<Economy> economies, List<Indicator> indicators, int[] years, double[][] columns) {
        return factory().adopt(economies, indicators, years, columns, false);
    }

    /**
     * As {@link #adopt}, for a caller that has checked the values cell by cell as it built the
     * columns — every value finite or {@code NaN}, no column holding only {@code NaN} (such a column
     * given as {@code null}) — so that the panel does not read every value once more; the axes, the
     * column slots and the columns' lengths are checked as by {@link #adopt}. A value that breaks the
     * promise is not detected: the panel would hold it.
     *
     * @param economies  the economies, distinct codes
     * @param indicators the indicators, distinct codes
     * @param years      the years; taken over
     * @param columns    {@code [indicator * years.length + yearIndex]}; taken over
     * @return the panel
     * @throws IllegalArgumentException if a check of the axes or the lengths fails
     */
    public static Panel adoptChecked(List<Economy> economies, List<Indicator> indicators, int[] years,
            double[][] columns) {
        return factory().adopt(economies, indicators, years, columns, true);
    }

    private static Factory factory() {
        Factory f = FACTORY.get();
        if (f == null) {
            Panel.builder(); // initialises Panel, which installs the factory
            f = FACTORY.get();
        }
        return f;
    }
}
