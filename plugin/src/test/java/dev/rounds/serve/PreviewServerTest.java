package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server over real HTTP, on one preview of the example blog that no test changes. */
class PreviewServerTest {

    private static final String SECRET = "not-for-the-browser-7f3a";

    @TempDir
    static Path temp;

    private static PreviewFixture preview;

    @BeforeAll
    static void start() throws IOException {
        preview = new PreviewFixture(temp, PreviewStage.NONE);
        // Files a path-traversal attack would want: beside the preview folder, and beside the blog.
        Files.writeString(preview.target.resolve("rounds/secret.txt"), SECRET);
        Files.writeString(temp.resolve("secret.txt"), SECRET);
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/, text/html; charset=utf-8",
            "/2025/02/hyperkalemia-five-steps/, text/html; charset=utf-8",
            "/2025/02/hyperkalemia-five-steps/index.html, text/html; charset=utf-8",
            "/css/rounds.css, text/css; charset=utf-8",
            "/images/logo.svg, image/svg+xml",
            "/feed.xml, application/xml",
            "/robots.txt, text/plain; charset=utf-8",
            "/2026/10/hand-hygiene/cover.svg, image/svg+xml"})
    void servesEachFileWithItsContentType(String path, String type) {
        HttpResponse<String> response = preview.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow(), path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aFolderIsServedByItsIndexAndWithoutItsSlashIsRedirected() throws IOException {
        Path index = preview.target.resolve("rounds/preview-site/2025/02/hyperkalemia-five-steps/index.html");
        HttpResponse<String> page = preview.get("/2025/02/hyperkalemia-five-steps/");
        assertTrue(page.body().startsWith(Files.readString(index).substring(0, 200)));

        HttpResponse<String> redirect = preview.get("/2025/02/hyperkalemia-five-steps");
        assertEquals(302, redirect.statusCode());
        assertEquals("/2025/02/hyperkalemia-five-steps/", redirect.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aMissingPageIsA404WithTheSitesOwnNotFoundPage() {
        HttpResponse<String> response = preview.get("/no/such/page/");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(response.body().contains(LiveReload.PATH), "the 404 page reloads too");
        assertEquals(404, preview.get("/css/missing.css").statusCode());
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        for (String path : List.of("/", "/css/rounds.css", "/no/such/page/")) {
            HttpResponse<String> get = preview.get(path);
            HttpResponse<String> head = preview.head(path);
            assertAll(path,
                    () -> assertEquals(get.statusCode(), head.statusCode()),
                    () -> assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type")),
                    () -> assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                            head.headers().firstValue("Content-Length").orElseThrow()),
                    () -> assertEquals("", head.body()));
        }
    }

    @Test
    void otherMethodsAreRefused() {
        HttpResponse<String> post = preview.send(HttpRequest.newBuilder(preview.url("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../../etc/passwd",
            "/../secret.txt",
            "/../../../secret.txt",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2E%2E/%2E%2E/secret.txt",
            "/..%2f..%2fetc%2fpasswd",
            "/..%2fsecret.txt",
            "/..%5csecret.txt",
            "/css/../../secret.txt",
            "/css/%2e%2e/%2e%2e/secret.txt",
            "/%252e%252e/secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "//etc/passwd",
            "/_rounds/campaign/../../secret.txt",
            "/_rounds/campaign/%2e%2e/%2e%2e/secret.txt",
            "/_rounds/campaign/../preview-site/../secret.txt"})
    void noPathLeavesTheServedFolders(String attack) {
        String response = preview.raw(attack);
        assertFalse(response.contains(SECRET), attack + " leaked a file:\n" + response);
        assertFalse(response.contains("root:x:0:0"), attack + " leaked /etc/passwd:\n" + response);
        assertFalse(response.startsWith("HTTP/1.1 200"), attack + " was answered:\n" + response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rebind.attacker.example", "rebind.attacker.example:8080", "127.0.0.1.nip.io"})
    void requestsAddressedToAnotherNameAreRefused(String host) {
        for (String path : List.of("/", "/2025/09/vancomycin-auc-monitoring/", "/_rounds/events")) {
            String response = preview.raw(path, host);
            assertTrue(response.startsWith("HTTP/1.1 403"), path + " for " + host + ":\n" + response);
            assertFalse(response.contains("vancomycin"), "no draft leaks");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST:%d", "127.0.0.1:%d", "[::1]:%d"})
    void requestsAddressedToThisMachineAreAnswered(String host) {
        assertTrue(preview.raw("/", host.formatted(preview.server.port())).startsWith("HTTP/1.1 200"), host);
    }

    @Test
    void everyPageCarriesTheLiveReloadScriptButTheFilesOnDiskDoNot() throws IOException {
        String served = preview.get("/").body();
        int script = served.indexOf("new EventSource(\"/_rounds/events");
        assertTrue(script > 0 && script < served.lastIndexOf("</body>"), "script before </body>");
        String onDisk = Files.readString(preview.target.resolve("rounds/preview-site/index.html"));
        assertFalse(onDisk.contains("EventSource"), "only the served copy is changed");
    }

    @Test
    void thePreviewShowsDraftsAndFuturePostsMarkedAndKeepsRobotsOut() {
        String draft = preview.get("/2025/09/vancomycin-auc-monitoring/").body();
        assertTrue(draft.contains("class=\"banner\"") && draft.contains("Draft: not published."), draft);
        String future = preview.get("/2027/06/heat-waves-and-the-medication-list/").body();
        assertTrue(future.contains("Scheduled: not visible until its publish date."));
        assertTrue(preview.get("/").body().contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    @Test
    void thePreviewLinksToItselfAndNeverWritesTheRealSite() {
        String home = preview.get("/").body();
        assertTrue(home.contains("href=\"" + preview.server.siteUrl() + "\""), "canonical link is local");
        assertFalse(home.contains("notes.example.org"), "no link leaves the preview");
        assertFalse(Files.exists(preview.config.outputDirectory()), "the real site folder is not touched");
    }

    @Test
    void withNoCampaignStageTheCampaignPathShowsAPlaceholder() {
        HttpResponse<String> campaign = preview.get("/_rounds/campaign/");
        assertEquals(200, campaign.statusCode());
        assertTrue(campaign.body().contains("appears here after <code>rounds:campaign</code>"), campaign.body());
        assertEquals(302, preview.get("/_rounds/campaign").statusCode());
        assertEquals(404, preview.get("/_rounds/campaign/nothing.html").statusCode());
    }

    @Test
    void aPageOfAnOlderBuildIsToldToReloadAsSoonAsItListens() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> events = preview.sendForLines("/_rounds/events?build=0");
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElseThrow());
        try (java.util.stream.Stream<String> lines = events.body()) {
            assertTrue(lines.limit(10).anyMatch("event: reload"::equals));
        }
    }

    @Test
    void aTakenPortIsReportedByNumber(@TempDir Path other) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            PreviewOptions options = new PreviewOptions(preview.config, taken.getLocalPort(), PreviewStage.NONE);
            PortInUseException failure = assertThrows(PortInUseException.class,
                    () -> PreviewServer.start(options, dev.rounds.core.Log.silent(), getClass().getClassLoader()));
            assertEquals("Port " + taken.getLocalPort() + " is in use: stop the other server or choose another port.",
                    failure.getMessage());
            assertEquals(taken.getLocalPort(), failure.port());
        }
    }

    @Test
    void theLogSaysHowLongTheFirstBuildTook() {
        assertTrue(preview.log.stream().anyMatch(line -> line.matches("INFO Built the preview in \\d+ ms into .*")),
                preview.log.toString());
    }
}
