package org.w3id.kzlabour.cli;

import java.math.BigDecimal;
import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * What an option's type alone does not say: ranges of whole numbers and positive seconds. A value
 * out of range is a usage error (exit 2) that names the option and the range.
 */
final class OptionChecks {

    private OptionChecks() {}

    /** A usage error of the command, reported like picocli's own. */
    static ParameterException usageError(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The value, or a usage error when it is outside min..max. */
    static int within(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max)
            throw usageError(spec, option + " must be between " + min + " and " + max + ": " + value);
        return value;
    }

    /** A duration as a user writes it: "60", "0.5" (seconds), shown back the same way. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** Converts a positive, finite number of seconds (fractions allowed) to a Duration of whole milliseconds. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            double seconds;
            try {
                seconds = Double.parseDouble(text.strip());
            } catch (NumberFormatException ex) {
                throw new TypeConversionException("'" + text + "' is not a number of seconds");
            }
            if (!(seconds > 0) || Double.isInfinite(seconds))
                throw new TypeConversionException("'" + text + "' is not a positive number of seconds");
            return Duration.ofMillis((long) (seconds * 1000));
        }
    }
}
