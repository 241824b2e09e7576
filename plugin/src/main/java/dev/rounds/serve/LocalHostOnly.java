package dev.rounds.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this machine by name. Listening on 127.0.0.1 keeps other machines out, but a web
 * page in the author's own browser could still point a name it controls at 127.0.0.1 (DNS rebinding) and read the
 * preview, drafts included; such requests carry that name in their Host header and are refused here.
 */
final class LocalHostOnly extends Filter {

    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || LOCAL_NAMES.contains(hostName(host))) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = ("The Rounds preview answers only http://127.0.0.1 and http://localhost, not " + host + ".\n")
                .getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(403, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String hostName(String host) {
        String name = host.toLowerCase(Locale.ROOT).strip();
        int port = name.lastIndexOf(':');
        return port > name.lastIndexOf(']') ? name.substring(0, port) : name;
    }

    @Override
    public String description() {
        return "Refuses requests addressed to any name but this machine's";
    }
}
