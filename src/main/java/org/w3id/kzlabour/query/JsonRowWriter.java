package org.w3id.kzlabour.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Writes SELECT results as SPARQL 1.1 Query Results JSON, streaming, row by row.
 *
 * <p>The JSON format is what almost every client asks for and point lookups return a row or two,
 * so the writer's fixed cost counts: this one writes straight to a buffered UTF-8 stream without
 * Jena's indenting writer, with the same document meaning (checked against Jena's reader in tests).
 */
public final class JsonRowWriter {

    private JsonRowWriter() {}

    public static void write(OutputStream out, RowSet rows) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        try {
            List<Var> vars = rows.getResultVars();
            w.write("{ \"head\": { \"vars\": [");
            for (int i = 0; i < vars.size(); i++) {
                w.write(i == 0 ? " " : ", ");
                string(w, vars.get(i).getVarName());
            }
            w.write(" ] },\n  \"results\": { \"bindings\": [");
            boolean first = true;
            while (rows.hasNext()) {
                Binding row = rows.next();
                w.write(first ? "\n    {" : ",\n    {");
                first = false;
                boolean firstVar = true;
                for (Var var : vars) {
                    Node value = row.get(var);
                    if (value == null)
                        continue;
                    w.write(firstVar ? " " : ", ");
                    firstVar = false;
                    string(w, var.getVarName());
                    w.write(": ");
                    term(w, value);
                }
                w.write(" }");
            }
            w.write("\n  ] }\n}\n");
            w.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** ASK: {@code { "head": {}, "boolean": true }}. */
    public static void write(OutputStream out, boolean answer) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("{ \"head\": {}, \"boolean\": " + answer + " }\n");
            w.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void term(Writer w, Node node) throws IOException {
        if (node.isURI()) {
            w.write("{ \"type\": \"uri\", \"value\": ");
            string(w, node.getURI());
        } else if (node.isBlank()) {
            w.write("{ \"type\": \"bnode\", \"value\": ");
            string(w, node.getBlankNodeLabel());
        } else if (node.isLiteral()) {
            w.write("{ \"type\": \"literal\", \"value\": ");
            string(w, node.getLiteralLexicalForm());
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                w.write(", \"xml:lang\": ");
                string(w, lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI())) {
                w.write(", \"datatype\": ");
                string(w, node.getLiteralDatatypeURI());
            }
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            w.write("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(w, t.getSubject());
            w.write(", \"predicate\": ");
            term(w, t.getPredicate());
            w.write(", \"object\": ");
            term(w, t.getObject());
            w.write(" }");
        } else {
            w.write("{ \"type\": \"literal\", \"value\": ");
            string(w, node.toString());
        }
        w.write(" }");
    }

    private static void string(Writer w, String s) throws IOException {
        w.write('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                w.write(s, start, i - start);
                w.write(escape);
                start = i + 1;
            }
        }
        w.write(s, start, n - start);
        w.write('"');
    }
}
