package dev.rounds.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.rounds.core.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the preview: the site at {@code /}, the campaign stage's folder at {@link #CAMPAIGN}. Folders answer with
 * their {@code index.html}; every HTML page gets the live-reload script; nothing is cached, so a reload always shows
 * the latest build. While the latest build is broken, every page is replaced by the list of its problems.
 */
final class PreviewHandler implements HttpHandler {

    static final String CAMPAIGN = "/_rounds/campaign";

    private final Path siteFolder;
    private final Path campaignFolder;
    private final Supplier<BuildOutcome> latest;
    private final LiveReload reload;

    PreviewHandler(Path siteFolder, Path campaignFolder, Supplier<BuildOutcome> latest, LiveReload reload) {
        this.siteFolder = siteFolder;
        this.campaignFolder = campaignFolder;
        this.latest = latest;
        this.reload = reload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(CAMPAIGN)) {
                redirect(exchange, CAMPAIGN + "/");
            } else if (path.startsWith(CAMPAIGN + "/")) {
                serveCampaign(exchange, path.substring(CAMPAIGN.length()));
            } else {
                serveSite(exchange, path);
            }
        }
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        BuildOutcome outcome = latest.get();
        if (!outcome.siteBuilt() && UrlPaths.isPage(path)) {
            sendProblems(exchange, "The preview could not be built", outcome.siteProblems());
        } else if (!serveFile(exchange, siteFolder, path, path)) {
            Path notFound = siteFolder.resolve("404.html");
            if (Files.isRegularFile(notFound)) {
                sendHtml(exchange, 404, Files.readString(notFound));
            } else {
                sendHtml(exchange, 404, PreviewPages.notFound());
            }
        }
    }

    private void serveCampaign(HttpExchange exchange, String path) throws IOException {
        BuildOutcome outcome = latest.get();
        if (UrlPaths.isPage(path) && !outcome.siteBuilt()) {
            sendProblems(exchange, "The preview could not be built", outcome.siteProblems());
        } else if (UrlPaths.isPage(path) && !outcome.stageProblems().isEmpty()) {
            sendProblems(exchange, "The campaign preview could not be made", outcome.stageProblems());
        } else if (serveFile(exchange, campaignFolder, path, CAMPAIGN + path)) {
            return;
        } else if (path.equals("/")) {
            sendHtml(exchange, 200, PreviewPages.campaignPlaceholder());
        } else {
            sendHtml(exchange, 404, PreviewPages.notFound());
        }
    }

    /** Serves the file a path names inside a folder; false if there is none. */
    private boolean serveFile(HttpExchange exchange, Path folder, String path, String requested) throws IOException {
        Optional<Path> found = UrlPaths.resolve(folder, path);
        if (found.isEmpty()) {
            return false;
        }
        Path file = found.get();
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                redirect(exchange, requested + "/");
                return true;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        if (ContentTypes.isHtml(type)) {
            sendHtml(exchange, 200, Files.readString(file));
        } else {
            sendFile(exchange, type, file);
        }
        return true;
    }

    private void sendProblems(HttpExchange exchange, String heading, List<Problem> problems) throws IOException {
        sendHtml(exchange, 500, PreviewPages.problems(heading, problems));
    }

    private void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, ContentTypes.HTML, reload.inject(html));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 302, "text/plain; charset=utf-8", "See " + location + "\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (headersOnly(exchange, status, type, bytes.length)) {
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendFile(HttpExchange exchange, String type, Path file) throws IOException {
        long size = Files.size(file);
        if (headersOnly(exchange, 200, type, size)) {
            return;
        }
        // Length -1 tells the JDK server the body is empty; 0 would mean "chunked".
        exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    /** Sets the common headers; for HEAD, sends them with the length the body would have, and says so. */
    private static boolean headersOnly(HttpExchange exchange, int status, String type, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (!exchange.getRequestMethod().equals("HEAD")) {
            return false;
        }
        exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
        exchange.sendResponseHeaders(status, -1);
        return true;
    }
}
