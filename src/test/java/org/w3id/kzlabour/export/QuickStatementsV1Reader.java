package org.w3id.kzlabour.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of QuickStatements v1 (tab-separated commands), written for the tests from the
 * syntax as the tool's own parser reads it (magnusmanske/quickstatements, public_html/
 * quickstatements.php, importDataFromV1 and parseValueV1, commit f5d325d) and the Wikidata help
 * page's summary of it: {@code CREATE}; {@code Q…|LAST <tab> L|D|A<lang> <tab> "text"}; and
 * statements {@code Q…|LAST <tab> P… <tab> value}, followed by qualifier pairs {@code P… value}
 * and reference pairs {@code S… value} ({@code !S…} opens another reference group).
 *
 * <p>Stricter than the tool, on purpose: qualifiers must come before references; every statement
 * needs a reference; {@code LAST} only after a {@code CREATE}; no empty line, no stray space, no
 * {@code /*} (which the tool would take for an edit summary); every property and item on the
 * allow-lists; each value of the datatype its property has; times only at precision 9, 10 or 11,
 * with the parts below the precision written as 00.
 */
final class QuickStatementsV1Reader {

    enum Type { ITEM, TIME, QUANTITY, MONOLINGUAL, STRING }

    /** Datatypes of the properties the export may write; a property missing here is an error. */
    static final Map<String, Type> DATATYPES = Map.ofEntries(
            Map.entry("P31", Type.ITEM), Map.entry("P17", Type.ITEM), Map.entry("P131", Type.ITEM),
            Map.entry("P276", Type.ITEM), Map.entry("P1480", Type.ITEM), Map.entry("P361", Type.ITEM),
            Map.entry("P580", Type.TIME), Map.entry("P582", Type.TIME), Map.entry("P585", Type.TIME), Map.entry("P577", Type.TIME),
            Map.entry("P1132", Type.QUANTITY), Map.entry("P1120", Type.QUANTITY), Map.entry("P1339", Type.QUANTITY),
            Map.entry("P1476", Type.MONOLINGUAL), Map.entry("P854", Type.STRING));

    private static final Pattern ITEM = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern PROPERTY = Pattern.compile("P[1-9][0-9]*");
    private static final Pattern TERM = Pattern.compile("([LDA])([a-z]{2,3}(?:-[a-z0-9]+)*)");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\t]*(?:\"[^\"\\t]*)*)\"");
    private static final Pattern MONOLINGUAL = Pattern.compile("([a-z]{2,3}(?:-[a-z0-9]+)*):(\"[^\\t]*\")");
    private static final Pattern TIME = Pattern.compile("([+-])(\\d{4,})-(\\d\\d)-(\\d\\d)T00:00:00Z/(\\d+)");
    private static final Pattern QUANTITY = Pattern.compile("[+-]?\\d+(\\.\\d+)?(~\\d+(\\.\\d+)?)?");

    record Pair(String key, String value) {}

    /** One parsed command: kind CREATE, TERM (labels etc.) or STATEMENT. */
    record Command(int line, String kind, String subject, String property, String value,
                   List<Pair> qualifiers, List<List<Pair>> references) {}

    static final class SyntaxError extends RuntimeException {
        SyntaxError(int line, String message, String text) {
            super("line " + line + ": " + message + ": " + text.replace("\t", "<TAB>"));
        }
    }

    private final WikidataAllowList allow;

    QuickStatementsV1Reader(WikidataAllowList allow) {
        this.allow = allow;
    }

    /** Parses every line or throws {@link SyntaxError} at the first that breaks a rule. */
    List<Command> parse(List<String> lines) {
        List<Command> commands = new ArrayList<>();
        boolean created = false;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String text = lines.get(i);
            if (text.isEmpty() || !text.equals(text.strip()) || text.contains("/*") || text.contains("\r"))
                throw new SyntaxError(n, "empty line, stray white space or /*", text);
            String[] cols = text.split("\t", -1);
            if (cols.length == 1) {
                if (!cols[0].equals("CREATE"))
                    throw new SyntaxError(n, "a one-column command must be CREATE", text);
                created = true;
                commands.add(new Command(n, "CREATE", null, null, null, List.of(), List.of()));
                continue;
            }
            String subject = cols[0];
            if (subject.equals("LAST")) {
                if (!created)
                    throw new SyntaxError(n, "LAST before any CREATE", text);
            } else {
                requireItem(n, subject, text);
            }
            if (cols.length < 3)
                throw new SyntaxError(n, "a command needs at least subject, property and value", text);
            Matcher term = TERM.matcher(cols[1]);
            if (term.matches()) {
                if (cols.length != 3 || !STRING.matcher(cols[2]).matches())
                    throw new SyntaxError(n, "a label, description or alias is exactly: subject, " + cols[1] + ", \"text\"", text);
                commands.add(new Command(n, "TERM", subject, cols[1], cols[2], List.of(), List.of()));
                continue;
            }
            commands.add(statement(n, cols, text));
        }
        return commands;
    }

    private Command statement(int n, String[] cols, String text) {
        String property = cols[1];
        requireProperty(n, property, text);
        checkValue(n, property, cols[2], text);
        if ((cols.length - 3) % 2 != 0)
            throw new SyntaxError(n, "incomplete qualifier or reference list (odd number of columns)", text);
        List<Pair> qualifiers = new ArrayList<>();
        List<List<Pair>> references = new ArrayList<>();
        for (int i = 3; i < cols.length; i += 2) {
            String key = cols[i];
            String value = cols[i + 1];
            if (PROPERTY.matcher(key).matches()) {
                if (!references.isEmpty())
                    throw new SyntaxError(n, "qualifier " + key + " after a reference", text);
                requireProperty(n, key, text);
                checkValue(n, key, value, text);
                qualifiers.add(new Pair(key, value));
            } else if (key.matches("!?S[1-9][0-9]*")) {
                boolean newGroup = key.startsWith("!");
                String sourceProperty = "P" + key.substring(newGroup ? 2 : 1);
                requireProperty(n, sourceProperty, text);
                checkValue(n, sourceProperty, value, text);
                if (references.isEmpty() && newGroup)
                    throw new SyntaxError(n, "the first reference starts with S, not !S", text);
                if (references.isEmpty() || newGroup)
                    references.add(new ArrayList<>());
                references.get(references.size() - 1).add(new Pair(sourceProperty, value));
            } else {
                throw new SyntaxError(n, "expected a qualifier P… or a reference S…, found " + key, text);
            }
        }
        if (references.isEmpty())
            throw new SyntaxError(n, "statement without a reference", text);
        return new Command(n, "STATEMENT", cols[0], property, cols[2], qualifiers, references);
    }

    private void checkValue(int n, String property, String value, String text) {
        Type type = DATATYPES.get(property);
        if (type == null)
            throw new SyntaxError(n, "property " + property + " has no datatype known to this reader", text);
        switch (type) {
            case ITEM -> requireItem(n, value, text);
            case QUANTITY -> {
                if (!QUANTITY.matcher(value).matches())
                    throw new SyntaxError(n, "not a quantity: " + value, text);
            }
            case STRING -> {
                if (!STRING.matcher(value).matches())
                    throw new SyntaxError(n, "not a string in double quotes: " + value, text);
            }
            case MONOLINGUAL -> {
                Matcher m = MONOLINGUAL.matcher(value);
                if (!m.matches() || !STRING.matcher(m.group(2)).matches())
                    throw new SyntaxError(n, "not monolingual text lang:\"…\": " + value, text);
            }
            case TIME -> checkTime(n, value, text);
        }
    }

    private static void checkTime(int n, String value, String text) {
        Matcher m = TIME.matcher(value);
        if (!m.matches())
            throw new SyntaxError(n, "not a time +YYYY-MM-DDT00:00:00Z/precision: " + value, text);
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        int precision = Integer.parseInt(m.group(5));
        boolean ok = switch (precision) {
            case 11 -> month >= 1 && month <= 12 && day >= 1 && day <= 31;
            case 10 -> month >= 1 && month <= 12 && day == 0;
            case 9 -> month == 0 && day == 0;
            default -> false;
        };
        if (!ok)
            throw new SyntaxError(n, "time precision must be 11 (day), 10 (month) or 9 (year), the finer parts 00: " + value, text);
    }

    private void requireItem(int n, String value, String text) {
        if (!ITEM.matcher(value).matches())
            throw new SyntaxError(n, "not an item ID: " + value, text);
        if (!allow.item(value))
            throw new SyntaxError(n, "item " + value + " is not on the verified items list", text);
    }

    private void requireProperty(int n, String value, String text) {
        if (!PROPERTY.matcher(value).matches())
            throw new SyntaxError(n, "not a property ID: " + value, text);
        if (!allow.property(value))
            throw new SyntaxError(n, "property " + value + " is not on the verified properties list", text);
    }
}
