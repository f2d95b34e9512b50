package org.divide.examples.cli;

import org.divide.io.PanelFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a format name such as {@code sdmx-csv} to a {@link PanelFormat}, with a usage error listing the names. */
final class PanelFormatConverter implements ITypeConverter<PanelFormat> {

    @Override
    public PanelFormat convert(String value) {
        try {
            return PanelFormat.ofLabel(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
