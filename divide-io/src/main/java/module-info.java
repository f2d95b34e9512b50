/**
 * divide's readers and writers: CSV long and wide, World Bank (WDI long, bulk CSV, API v2 JSON),
 * Our World in Data, IMF DataMapper, COINr iData, SDMX-CSV/JSON/ML, xlsx, panel JSON, result tables and the
 * index spec as JSON; format detection and reading any supported file into a panel.
 *
 * <p>The machinery the format packages share, {@code org.divide.io.internal}, is not exported.
 */
module org.divide.io {
    requires transitive org.divide.core;

    // JsonNode and ObjectNode appear in public signatures (JsonInput, SdmxJsonReader,
    // IndexSpecJson); databind in turn requires jackson-core transitively
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires org.apache.commons.csv;
    requires ch.randelshofer.fastdoubleparser; // numbers of the fast paths and of Values
    // POI's own descriptor requires commons-math3 by its file name (commons.math3), which is why
    // Maven reports a "filename-based automodule"; divide-io requires no automatic module itself
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.slf4j;
    requires java.xml; // SDMX-ML through StAX
    requires java.net.http; // the provider clients (org.divide.io.fetch)

    exports org.divide.io;
    exports org.divide.io.csv;
    exports org.divide.io.fetch;
    exports org.divide.io.imf;
    exports org.divide.io.json;
    exports org.divide.io.language;
    exports org.divide.io.owid;
    exports org.divide.io.sdmx;
    exports org.divide.io.spec;
    exports org.divide.io.worldbank;
    exports org.divide.io.xlsx;
}
