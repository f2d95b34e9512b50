/**
 * divide's data model: economies and their registry, indicators, the panel, the index framework,
 * groupings, and the index spec as plain data.
 */
// "module": divide-core is compiled before org.divide.io, the target of its one qualified export
@SuppressWarnings("module")
module org.divide.core {
    exports org.divide.core;
    exports org.divide.core.spec;
    // the readers hand the panel the columns they built without a copy (PanelAccess); not API
    exports org.divide.core.internal to org.divide.io;
}
