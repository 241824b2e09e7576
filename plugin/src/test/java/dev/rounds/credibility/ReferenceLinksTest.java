package dev.rounds.credibility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rounds.testing.TinyBlog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional reference link check, against a stub on 127.0.0.1 (never the real network). */
class ReferenceLinksTest {

    @TempDir
    Path root;

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(head(urlEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
        server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        server.stubFor(head(urlEqualTo("/moved")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/ok")));
        server.stubFor(head(urlEqualTo("/no-head")).willReturn(aResponse().withStatus(405)));
        server.stubFor(get(urlEqualTo("/no-head")).willReturn(aResponse().withStatus(200).withBody("page")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static CredibilitySettings checking() {
        return new CredibilitySettings(null, CredibilitySettings.Action.WARN, true, Duration.ofSeconds(5), 2);
    }

    private TinyBlog blog(int closedPort) {
        return new TinyBlog(root).post("a.md", """
                ---
                title: Cited
                date: 2026-01-10
                references:
                  - url: %s
                  - url: %s
                    label: Moved
                  - url: %s
                  - url: %s
                  - url: http://127.0.0.1:%d/nobody-home
                ---
                Text.
                """.formatted(url("/ok"), url("/moved"), url("/no-head"), url("/gone"), closedPort))
                .post("b.md", """
                ---
                title: Also cites the gone page
                date: 2026-01-11
                references:
                  - url: %s
                ---
                Text.
                """.formatted(url("/gone")));
    }

    @Test
    void brokenReferencesAreWarningsOnTheirEntryLinesAndWorkingOnesAreQuiet() throws IOException {
        List<String> warnings = blog(closedPort()).build(checking()).warnings().stream()
                .filter(warning -> warning.contains("The reference")).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("a.md:9: The reference " + url("/gone") + " answers HTTP 404."),
                warnings.toString());
        assertTrue(warnings.get(1).startsWith("a.md:10: The reference http://127.0.0.1:"), warnings.toString());
        assertTrue(warnings.get(1).contains("/nobody-home cannot be reached (connection refused)"), warnings.toString());
        assertTrue(warnings.get(2).startsWith("b.md:5: The reference " + url("/gone") + " answers HTTP 404."),
                warnings.toString());
        // The address both posts cite was requested once (HEAD, then GET after the 404), not once per post.
        assertEquals(2, server.findAll(anyRequestedFor(urlEqualTo("/gone"))).size());
    }

    @Test
    void offByDefaultNothingIsRequested() throws IOException {
        blog(closedPort()).build();
        assertEquals(0, server.getAllServeEvents().size());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
