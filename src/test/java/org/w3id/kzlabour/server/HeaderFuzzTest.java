package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * Unusual but legal (and some illegal) values of the headers the endpoint reads, sent raw to a real
 * server for GET and POST, SELECT and CONSTRUCT: never a 5xx; a header the server cannot use is a
 * 4xx with a one-line reason, or is ignored.
 */
class HeaderFuzzTest {

    private static final String SELECT = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2";
    private static final String[] HEADERS = {"Accept", "Content-Type", "Accept-Encoding", "Accept-Charset"};

    private static KgServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(TestServers.dataset(10), EndpointSettings.defaults(), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Header values worth trying: q-values, parameters, wildcards, lists, whitespace, odd bytes. */
    static List<byte[]> values() {
        List<String> text = new ArrayList<>(List.of(
                "", " ", "\t", ",", ",,,", ";", ";;", "=", "*", "*/*", "*/*;q=0", "*/*; q=0.0", "text/*", "application/*",
                "*/json", "/", "//", "a/b/c", "text/", "/plain",
                "application/sparql-results+json;q=1.000", "application/sparql-results+json;q=.5", "text/turtle;q=0",
                "text/turtle;q=1.0001", "text/turtle;q=2", "text/turtle;q=-1", "text/turtle;q=abc", "text/turtle;q=",
                "text/turtle;q", "text/turtle; q = 0.5", "text/turtle;Q=0.5", "text/turtle;q=NaN", "text/turtle;q=Infinity",
                "text/turtle;q=1e400", "text/turtle;q=0x1p3", "text/turtle;charset=utf-8", "text/turtle;charset=\"utf-8\"",
                "text/turtle;charset=", "text/turtle;charset=\"", "text/turtle;=;=", "text/turtle;a=\"b;c\",text/csv",
                "text/turtle;level=1;q=0.3, */*;q=0.1", "TEXT/TURTLE", "Text/Csv; Q=0.9",
                "application/sparql-results+json, application/sparql-results+json", "application/json;q=0, */*;q=0",
                "text/csv;q=0.5, text/csv;q=0", "  text/csv  ,  application/rdf+xml  ", "text/csv\t;\tq=0.5",
                "gzip", "gzip, deflate, br", "identity;q=0", "*;q=0", "gzip;q=0, identity;q=0", "x-gzip;q=1.5",
                "utf-8", "iso-8859-1;q=0", "*;q=0, utf-8;q=0", "no-such-charset",
                "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=", "application/sparql-query",
                "application/sparql-query; charset=utf-8", "application/sparql-query; charset=\"UTF-8\"",
                "application/sparql-query; charset=\"utf-8", "application/sparql-query; charset=utf-8; charset=latin1",
                "application/sparql-query;;", "application/sparql-query; boundary=x; q=0", "multipart/form-data; boundary=x",
                "application/sparql-query; charset=x\u0000y"));
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2000; i++)
            huge.append(i == 0 ? "" : ", ").append("type").append(i).append("/sub").append(i).append(";q=0.").append(i % 10);
        text.add(huge.toString());
        text.add("text/turtle;" + "p=v;".repeat(2000));
        text.add("x".repeat(6000));
        text.add("text/" + "a".repeat(6000));
        List<byte[]> values = new ArrayList<>();
        for (String value : text)
            values.add(value.getBytes(StandardCharsets.ISO_8859_1));
        values.add("text/turtle;q=0.5, текст/csv".getBytes(StandardCharsets.UTF_8));
        values.add(new byte[]{'t', 'e', 'x', 't', '/', (byte) 0xFF, (byte) 0xFE});
        values.add(new byte[]{(byte) 0xC3, (byte) 0x28, '/', '*'});
        values.add("application/sparql-query; charset=ÿ".getBytes(StandardCharsets.ISO_8859_1));
        Random random = new Random(13);
        for (int i = 0; i < 30; i++) {
            byte[] noise = new byte[1 + random.nextInt(80)];
            for (int j = 0; j < noise.length; j++) {
                int b = 0x20 + random.nextInt(0xE0);
                noise[j] = (byte) (b == 0x7F ? '/' : b);
            }
            values.add(noise);
        }
        return values;
    }

    @Test
    void noHeaderValueGivesServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (byte[] value : values()) {
            for (String header : HEADERS) {
                for (String query : List.of(SELECT, CONSTRUCT)) {
                    check(failures, header, value, get(query, header, value, false));
                    check(failures, header, value, postForm(query, header, value));
                    check(failures, header, value, postQuery(query, header, value));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g.\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    @Test
    void repeatedHeadersGiveNoServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String header : HEADERS) {
            for (String query : List.of(SELECT, CONSTRUCT)) {
                byte[] request = request("GET", "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        List.of(header + ": text/csv", header + ": application/rdf+xml;q=0.4", header + ":", header + ": */*;q=0"), null);
                String response = RawHttp.exchange(server.port(), request, false);
                check(failures, header + " repeated", new byte[0], response);
            }
        }
        // obsolete line folding is refused by the HTTP parser (a 400), never a 5xx
        String folded = RawHttp.exchange(server.port(), request("GET", "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8),
                List.of("Accept: text/csv,", " application/json"), null), false);
        check(failures, "folded Accept", new byte[0], folded);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(List<String> failures, String header, byte[] value, String response) {
        int status = RawHttp.status(response);
        String shown = header + ": " + new String(value, 0, Math.min(value.length, 80), StandardCharsets.ISO_8859_1);
        if (status < 200 || status >= 500) {
            failures.add(status + " for " + shown);
            return;
        }
        if (status >= 400) {
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            // Jetty itself answers header-level errors (431, 400 for a bad header) with its own short page
            if (body.startsWith("Error ") && body.strip().contains("\n"))
                failures.add(status + " with a multi-line body for " + shown);
            assertFalse(body.contains("\tat "), "stack trace for " + shown);
        }
    }

    private static String get(String query, String header, byte[] value, boolean ignored) throws Exception {
        return RawHttp.exchange(server.port(), request("GET", "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                List.of(), header(header, value)), false);
    }

    private static String postForm(String query, String header, byte[] value) throws Exception {
        byte[] body = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        return post(header, value, "application/x-www-form-urlencoded", body);
    }

    private static String postQuery(String query, String header, byte[] value) throws Exception {
        return post(header, value, "application/sparql-query", query.getBytes(StandardCharsets.UTF_8));
    }

    private static String post(String header, byte[] value, String contentType, byte[] body) throws Exception {
        List<String> headers = new ArrayList<>(List.of("Content-Length: " + body.length));
        if (!header.equals("Content-Type"))
            headers.add("Content-Type: " + contentType);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(request("POST", "/sparql", headers, header(header, value)));
        bytes.write(body);
        return RawHttp.exchange(server.port(), bytes.toByteArray(), false);
    }

    private static byte[] header(String name, byte[] value) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(value);
        return line.toByteArray();
    }

    private static byte[] request(String method, String target, List<String> headers, byte[] extraHeader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String h : headers)
            out.writeBytes((h + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (extraHeader != null) {
            out.writeBytes(extraHeader);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
