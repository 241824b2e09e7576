package dev.rounds.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks http(s) links with a HEAD request (falling back to GET, since some servers refuse HEAD), following
 * redirects, and {@code file:} links against the disk (a directory counts when it holds an index.html).
 */
public final class SiteLinkChecker implements LinkChecker {

    private final HttpClient http;
    private final Duration requestTimeout;

    public SiteLinkChecker(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
    }

    public SiteLinkChecker() {
        this(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Override
    public LinkCheck check(String url) {
        URI page;
        try {
            URI parsed = new URI(url);
            // The fragment names a place in the page; the server never sees it.
            page = new URI(parsed.getScheme(), parsed.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return LinkCheck.notLive("not a valid URL: " + e.getMessage());
        }
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> checkOnline(page);
            case "file" -> checkOnDisk(page);
            default -> LinkCheck.notLive("cannot check a '" + scheme + "' link");
        };
    }

    private LinkCheck checkOnline(URI page) {
        try {
            int status = statusOf(page, "HEAD");
            if (status != 200) {
                status = statusOf(page, "GET");
            }
            return status == 200 ? LinkCheck.live("HTTP 200") : LinkCheck.notLive("HTTP " + status);
        } catch (IOException e) {
            return LinkCheck.notLive("unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkCheck.notLive("interrupted");
        }
    }

    private int statusOf(URI page, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(page)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(requestTimeout)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static LinkCheck checkOnDisk(URI page) {
        Path path;
        try {
            path = Path.of(page);
        } catch (IllegalArgumentException e) {
            return LinkCheck.notLive("not a local file URL: " + e.getMessage());
        }
        if (Files.isRegularFile(path)) {
            return LinkCheck.live("file exists");
        }
        if (Files.isRegularFile(path.resolve("index.html"))) {
            return LinkCheck.live("index.html exists");
        }
        return LinkCheck.notLive("no such file: " + path);
    }
}
