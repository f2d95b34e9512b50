package org.divide.io;

/** The notes of a format that has none: {@link FormatNotes#none()}. */
enum NoNotes implements FormatNotes {
    /** The one instance. */
    INSTANCE
}
