/**
 * divide's data model: economies and their registry, indicators, the panel, the index framework,
 * groupings, and the index spec as plain data.
 */
module org.divide.core {
    exports org.divide.core;
    exports org.divide.core.spec;
}
