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
 *
 * <p>It can also keep a copy of the whole body, up to a limit, for the result cache: the bytes
 * held back are that copy, and a streamed body goes on being copied until it passes the limit.
 */
final class ResponseBuffer extends OutputStream {

    private final HttpServletResponse response;
    private final int limit;
    private final int captureLimit;
    private byte[] buffer = new byte[8192];
    private int count;
    private OutputStream direct;

    ResponseBuffer(HttpServletResponse response, int limit) {
        this(response, limit, 0);
    }

    /** @param captureLimit largest body of which a copy is kept for {@link #captured()} (0: none beyond what is held back) */
    ResponseBuffer(HttpServletResponse response, int limit, int captureLimit) {
        this.response = response;
        this.limit = limit;
        this.captureLimit = captureLimit;
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
        if (direct == null && count + length > limit)
            startStreaming();
        if (direct != null) {
            direct.write(bytes, offset, length);
            copy(bytes, offset, length, captureLimit);
            return;
        }
        copy(bytes, offset, length, limit);
    }

    private void copy(byte[] bytes, int offset, int length, int max) {
        if (buffer == null)
            return;
        if (count + length > max) {
            buffer = null;
            return;
        }
        if (count + length > buffer.length)
            buffer = Arrays.copyOf(buffer, Math.min(max, Math.max(buffer.length * 2, count + length)));
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /** The whole body once finished, or null when it was larger than could be kept. */
    byte[] captured() {
        return buffer == null ? null : Arrays.copyOf(buffer, count);
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
        if (count >= captureLimit)
            buffer = null;
    }
}
