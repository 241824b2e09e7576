package dev.rounds.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLinkCheckerTest {

    @TempDir
    Path dir;

    private final WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final SiteLinkChecker checker = new SiteLinkChecker();

    @BeforeEach
    void start() {
        site.start();
    }

    @AfterEach
    void stop() {
        site.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + site.port() + path;
    }

    @Test
    void aPageAnswering200IsLiveAndTheFragmentIsNotSent() {
        site.stubFor(head(urlEqualTo("/2026/11/statins/")).willReturn(aResponse().withStatus(200)));
        assertTrue(checker.check(url("/2026/11/statins/#dose")).live());
        site.verify(1, headRequestedFor(urlEqualTo("/2026/11/statins/")));
    }

    @Test
    void aMissingPageIsNotLive() {
        LinkCheck check = checker.check(url("/2026/11/missing/"));
        assertFalse(check.live());
        assertEquals("HTTP 404", check.detail());
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        site.stubFor(head(urlEqualTo("/p/")).willReturn(aResponse().withStatus(405)));
        site.stubFor(get(urlEqualTo("/p/")).willReturn(aResponse().withStatus(200).withBody("ok")));
        assertTrue(checker.check(url("/p/")).live());
    }

    @Test
    void redirectsAreFollowed() {
        site.stubFor(head(urlEqualTo("/old/")).willReturn(aResponse().withStatus(301).withHeader("Location", url("/new/"))));
        site.stubFor(head(urlEqualTo("/new/")).willReturn(aResponse().withStatus(200)));
        assertTrue(checker.check(url("/old/")).live());
    }

    @Test
    void fileLinksAreCheckedOnDisk() throws Exception {
        Path post = Files.createDirectories(dir.resolve("2026/11/statins"));
        assertFalse(checker.check(post.toUri().toString()).live(), "a directory without index.html");
        Files.writeString(post.resolve("index.html"), "<html></html>");
        assertTrue(checker.check(post.toUri() + "#dose").live());
        assertTrue(checker.check(post.resolve("index.html").toUri().toString()).live());
        assertFalse(checker.check(dir.resolve("nope.html").toUri().toString()).live());
    }

    @Test
    void otherSchemesAreNotLive() {
        assertFalse(checker.check("mailto:doctor@example.org").live());
        assertFalse(checker.check("not a url").live());
    }
}
