package org.w3id.kzlabour.cli;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Number options read as a user says them: picocli's own converters report "is not an int", which
 * means little to someone who is not a programmer, so whole numbers and seconds say what they expect.
 */
final class NumberConverters {

    private NumberConverters() {}

    /** Registers the converters on the command and all its subcommands (call after adding them). */
    static void registerOn(CommandLine cli) {
        ITypeConverter<Integer> whole = text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException ex) {
                throw new TypeConversionException("'" + text + "' is not a whole number");
            }
        };
        ITypeConverter<Double> number = text -> {
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException ex) {
                throw new TypeConversionException("'" + text + "' is not a number");
            }
        };
        cli.registerConverter(Integer.class, whole);
        cli.registerConverter(int.class, whole);
        cli.registerConverter(Double.class, number);
        cli.registerConverter(double.class, number);
    }
}
