package org.w3id.kzlabour.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request body whole, within a byte limit, for every endpoint that takes one ({@code /sparql},
 * {@code /reconcile}): a declared length over the limit is refused before a byte is read, a body that
 * grows past it is refused as soon as it does, and a body shorter than its Content-Length or broken in
 * transit is a 400, never a 500.
 */
public final class RequestBody {

    private RequestBody() {}

    /** The body's bytes, or an {@link HttpError}: 413 past {@code maxBodyBytes}, 400 when short or malformed. */
    public static byte[] read(HttpServletRequest request, long maxBodyBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes)
            throw tooLarge(maxBodyBytes);
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) >= 0) {
                total += n;
                if (total > maxBodyBytes)
                    throw tooLarge(maxBodyBytes);
                body.write(chunk, 0, n);
            }
            if (declared >= 0 && total < declared)
                throw HttpError.badRequest("Request body shorter than its Content-Length");
            return body.toByteArray();
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof HttpError error)
                throw error;
            throw HttpError.badRequest("Request body incomplete or malformed");
        }
    }

    private static HttpError tooLarge(long maxBodyBytes) {
        return new HttpError(413, "Request body larger than the limit of " + maxBodyBytes + " bytes", Map.of("Connection", "close"));
    }
}
