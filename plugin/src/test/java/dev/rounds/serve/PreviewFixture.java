package dev.rounds.serve;

import dev.rounds.build.BlogConfig;
import dev.rounds.core.Log;
import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the example blog with a preview server on a free port, and ways to ask it things. */
final class PreviewFixture implements AutoCloseable {

    final Path blog;
    final Path target;
    final BlogConfig config;
    final PreviewServer server;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    PreviewFixture(Path temp, PreviewStage stage) {
        this(temp, stage, blog -> { });
    }

    /** @param before changes the copied blog before the first build (to start with a broken post, say) */
    PreviewFixture(Path temp, PreviewStage stage, java.util.function.Consumer<Path> before) {
        blog = temp.resolve("blog");
        target = temp.resolve("target");
        copyTree(Blogs.exampleBlog().resolve("src"), blog.resolve("src"));
        before.accept(blog);
        config = Blogs.config(blog, target, false);
        server = PreviewServer.start(new PreviewOptions(config, 0, stage), recordingLog(), getClass().getClassLoader());
    }

    Path post(String name) {
        return blog.resolve("src/posts").resolve(name);
    }

    URI url(String path) {
        return server.siteUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET().build());
    }

    HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(url(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** An event stream, read line by line as it arrives. */
    HttpResponse<Stream<String>> sendForLines(String path) {
        try {
            return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * Sends a request line exactly as written: HTTP clients normalise {@code ..} away before sending, an attacker's
     * client does not.
     */
    String raw(String requestTarget) {
        return raw(requestTarget, "127.0.0.1:" + server.port());
    }

    String raw(String requestTarget, String host) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Log recordingLog() {
        return new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { record("INFO", message); }
            @Override public void warn(String message) { record("WARN", message); }
            @Override public void error(String message) { record("ERROR", message); }
        };
    }

    private void record(String level, String message) {
        log.add(level + " " + message);
        System.out.println("[preview " + level + "] " + message);
    }

    static void save(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static void copyTree(Path from, Path to) {
        dev.rounds.testing.FileTrees.copy(from, to);
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            System.out.println("Could not delete " + root + ": " + failed.getMessage());
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
