package org.w3id.kzlabour.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds the start of a response until it is complete or too large to hold.
 *
 * <p>A result that fits is sent with a Content-Length once the query has finished, so a failure
 * during execution can still become a proper error status. A larger result is streamed; if it
 * fails after that point the caller aborts the connection, so the client sees a broken transfer
 * instead of a well-formed but silently truncated 200.
 */
final class ResponseBuffer extends OutputStream {

    private final HttpServletResponse response;
    private final int limit;
    private byte[] buffer = new byte[8192];
    private int count;
    private OutputStream direct;

    ResponseBuffer(HttpServletResponse response, int limit) {
        this.response = response;
        this.limit = limit;
    }

    /** True once bytes have gone to the client: from then on an error can only abort the response. */
    boolean isStreaming() {
        return direct != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (direct != null) {
            direct.write(bytes, offset, length);
            return;
        }
        if (count + length > limit) {
            startStreaming();
            direct.write(bytes, offset, length);
            return;
        }
        if (count + length > buffer.length)
            buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(buffer.length * 2, count + length)));
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void flush() {
        // Holding back is the point: only finish() or overflow sends bytes.
    }

    /** Sends what is held, with its length, when the whole result fitted; completes a stream otherwise. */
    void finish() throws IOException {
        if (direct == null) {
            response.setContentLength(count);
            OutputStream out = response.getOutputStream();
            out.write(buffer, 0, count);
        } else {
            direct.flush();
        }
    }

    private void startStreaming() throws IOException {
        direct = response.getOutputStream();
        direct.write(buffer, 0, count);
        buffer = null;
    }
}
