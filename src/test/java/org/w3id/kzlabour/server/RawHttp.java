package org.w3id.kzlabour.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Sends hand-made, possibly malformed HTTP/1.1 requests and reads what comes back. */
final class RawHttp {

    private RawHttp() {}

    /** Writes the bytes, half-closes the socket, and returns the whole response text (or what arrived before a reset). */
    static String exchange(int port, byte[] request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose)
                    socket.shutdownOutput();
            } catch (IOException ignored) {
                // the server may answer and close before reading everything (e.g. 413)
            }
            return readAll(socket.getInputStream());
        }
    }

    static String exchange(int port, String request, boolean halfClose) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), halfClose);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0)
                buffer.write(chunk, 0, n);
        } catch (SocketTimeoutException | java.net.SocketException ex) {
            // keep what arrived
        }
        return buffer.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status code of the first response in the text, or -1 when nothing came back. */
    static int status(String response) {
        if (!response.startsWith("HTTP/1.1 "))
            return -1;
        return Integer.parseInt(response.substring(9, 12));
    }
}
