package org.w3id.kzlabour.export;

/** A column whose values are keys of another table (CSVW {@code foreignKeys}): each non-empty value must be one. */
public record ForeignKey(String column, String table, String referencedColumn) {}
