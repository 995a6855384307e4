package dev.nfe.core.cli;

import dev.nfe.core.runtime.Stage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a stage name: {@code extract}, {@code transform}, {@code load} or {@code all}, in any case. */
final class StageConverter implements ITypeConverter<Stage> {

    @Override
    public Stage convert(String value) {
        try {
            return Stage.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a stage: extract, transform, load or all");
        }
    }
}
