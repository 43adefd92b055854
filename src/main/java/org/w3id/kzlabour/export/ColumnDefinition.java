package org.w3id.kzlabour.export;

/**
 * One column of an analyst table as the CSVW metadata defines it: its name (the header cell), title,
 * description, datatype, whether it must have a value and, for a list column, the separator.
 *
 * @param separator the string list items are joined with, or null for a single-valued column
 */
public record ColumnDefinition(String name, String title, String description, ColumnType type, String separator, boolean required) {

    public boolean isList() {
        return separator != null;
    }
}
