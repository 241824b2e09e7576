package dev.rounds.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reloads open pages after a build, over Server-Sent Events at {@link #PATH}. Every served page carries a tiny script
 * naming the build it came from; a page that connects after a newer build was made is told to reload at once, so a
 * build that finishes between loading a page and opening its event stream is never missed.
 */
final class LiveReload implements HttpHandler, AutoCloseable {

    static final String PATH = "/_rounds/events";

    private static final String CLOSE = "";
    private static final long HEARTBEAT_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile long generation;
    private volatile boolean closed;

    /** The script injected before {@code </body>} of every page the preview serves. */
    String script() {
        return "<script>new EventSource(\"" + PATH + "?build=" + generation
                + "\").addEventListener(\"reload\",function(){location.reload();});</script>";
    }

    /** Puts the script before the page's last {@code </body>}, or at its end if it has none. */
    String inject(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + script() : html.substring(0, body) + script() + html.substring(body);
    }

    /** Tells every open page that build {@code newGeneration} is ready. */
    void reload(long newGeneration) {
        generation = newGeneration;
        clients.forEach(client -> client.offer("event: reload\ndata: " + newGeneration + "\n\n"));
    }

    int openPages() {
        return clients.size();
    }

    /** Holds the stream open on a thread of the server's pool until the page goes away or the server stops. */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                return;
            }
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            clients.add(queue);
            try {
                stream(exchange.getResponseBody(), queue, builtFrom(exchange.getRequestURI().getRawQuery()));
            } catch (IOException pageWentAway) {
                // The normal end of a stream: the page reloaded, navigated or was closed.
            } finally {
                clients.remove(queue);
            }
        }
    }

    private void stream(OutputStream out, BlockingQueue<String> queue, long pageBuild) throws IOException {
        // Reconnect quickly when the server restarts; the page then learns it is stale and reloads.
        send(out, "retry: 1000\n\n");
        if (pageBuild != generation) {
            send(out, "event: reload\ndata: " + generation + "\n\n");
        }
        while (!closed) {
            String message;
            try {
                message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            if (CLOSE.equals(message)) {
                return;
            }
            // A comment line: writing it is how a page that went away is noticed.
            send(out, message == null ? ": still here\n\n" : message);
        }
    }

    private static void send(OutputStream out, String message) throws IOException {
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static long builtFrom(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("build=")) {
                    try {
                        return Long.parseLong(pair.substring("build=".length()));
                    } catch (NumberFormatException ignored) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(client -> client.offer(CLOSE));
    }
}
