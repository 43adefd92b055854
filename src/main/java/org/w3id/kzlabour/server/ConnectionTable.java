package org.w3id.kzlabour.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which TCP connections the kernel still holds open, read from Linux's {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}.
 *
 * <p>Jetty learns that a client has closed its connection only when it next reads or writes on it,
 * and a servlet that is computing a query does neither. Reading from the socket to find out would
 * consume the bytes of a pipelined next request; the kernel's table says it without touching the
 * socket: once the client has closed, our end leaves the ESTABLISHED state (CLOSE_WAIT after a FIN,
 * gone after a reset).
 *
 * <p>Jetty 12.1 (12.1.1, the version Fuseki 5.6 ships) offers no way to learn it either: measured
 * with a servlet that computes for 3 s while its HTTP/1.1 client closes after 0.3 s, neither
 * {@code Request.addFailureListener} nor {@code addIdleTimeoutListener} fires, a {@code Request.demand}
 * callback runs at once with the request body's own EOF (it never touches the socket), and the
 * connection's {@code onClosed} comes only after the servlet returns: Jetty sets no read interest on a
 * connection while its request is being handled. Registering read interest ourselves is what fired
 * spuriously before (the bytes of a keep-alive client's next request look like readiness).
 *
 * <p>Limits: Linux only ({@code read()} is null elsewhere and the query timeout applies); both tables
 * are read, so IPv4, IPv6 and IPv4-mapped clients on a dual-stack socket are covered; the table is the
 * one of the server's network namespace, so behind a proxy or a container's port mapping it shows the
 * proxy's connection, which may outlive the client; ports, not addresses, are compared.
 */
final class ConnectionTable {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private final Set<Long> established;

    private ConnectionTable(Set<Long> established) {
        this.established = established;
    }

    /** The current table, or null where the kernel does not offer one (not Linux): then nothing can be told. */
    static ConnectionTable read() {
        Set<Long> open = new HashSet<>();
        boolean any = false;
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | RuntimeException ex) {
                continue;
            }
            any = true;
            for (int i = 1; i < lines.size(); i++)
                parseLine(lines.get(i), open);
        }
        return any ? new ConnectionTable(open) : null;
    }

    /** For tests: a table from the text of {@code /proc/net/tcp}. */
    static ConnectionTable parse(String text) {
        Set<Long> open = new HashSet<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++)
            parseLine(lines[i], open);
        return new ConnectionTable(open);
    }

    private static void parseLine(String line, Set<Long> open) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 4 || !ESTABLISHED.equals(fields[3]))
            return;
        int localPort = port(fields[1]);
        int remotePort = port(fields[2]);
        if (localPort >= 0 && remotePort >= 0)
            open.add(key(localPort, remotePort));
    }

    private static int port(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(address.substring(colon + 1), 16);
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static long key(int localPort, int remotePort) {
        return ((long) localPort << 16) | remotePort;
    }

    /**
     * True while some established connection has these ports. Ports, not addresses, are compared, so
     * two clients that happen to share a port count as one: the error is always towards "still open".
     */
    boolean isEstablished(int localPort, int remotePort) {
        return established.contains(key(localPort, remotePort));
    }
}
