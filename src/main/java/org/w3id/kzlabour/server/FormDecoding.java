package org.w3id.kzlabour.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict decoding of {@code application/x-www-form-urlencoded} text and of request bodies.
 *
 * <p>Jetty's lenient parameter parsing turns a malformed escape or invalid UTF-8 into an exception
 * that stock Fuseki answers with a 500. Decoding here, strictly, lets every such request get a 400
 * that says what is wrong.
 */
public final class FormDecoding {

    private FormDecoding() {}

    /** Decodes {@code name=value&...} into names and their values in order of appearance. */
    public static Map<String, List<String>> decode(String encoded, Charset charset) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty())
            return params;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty())
                continue;
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), charset);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Percent-decodes one component; '+' is a space. */
    public static String percentDecode(String text, Charset charset) {
        // Decoded into a plain array (a query is decoded on every request; ByteArrayOutputStream
        // locks on every byte), then checked strictly as a whole.
        byte[] bytes = new byte[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes[count++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= text.length())
                    throw HttpError.badRequest("Malformed percent-encoding in request");
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0)
                    throw HttpError.badRequest("Malformed percent-encoding in request");
                bytes[count++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[count++] = (byte) c;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(charset);
                if (count + encoded.length > bytes.length)
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + encoded.length));
                System.arraycopy(encoded, 0, bytes, count, encoded.length);
                count += encoded.length;
                i += Character.charCount(codePoint) - 1;
            }
        }
        return strictDecode(Arrays.copyOf(bytes, count), charset);
    }

    /** Decodes bytes, refusing malformed or unmappable input instead of replacing it. */
    public static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                          .onMalformedInput(CodingErrorAction.REPORT)
                          .onUnmappableCharacter(CodingErrorAction.REPORT)
                          .decode(ByteBuffer.wrap(bytes))
                          .toString();
        } catch (CharacterCodingException ex) {
            throw HttpError.badRequest("Request is not valid " + charset.name());
        }
    }
}
