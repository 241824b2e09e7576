package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8",
            "INDEX.HTML, text/html; charset=utf-8",
            "rounds.css, text/css; charset=utf-8",
            "app.js, text/javascript; charset=utf-8",
            "feed.xml, application/xml",
            "logo.svg, image/svg+xml",
            "photo.JPG, image/jpeg",
            "font.woff2, font/woff2",
            "robots.txt, text/plain; charset=utf-8",
            "handout.pdf, application/pdf",
            "campaign.json, application/json",
            "no-extension, application/octet-stream",
            "archive.tar.gz, application/octet-stream"})
    void fromTheExtension(String file, String type) {
        assertEquals(type, ContentTypes.of(file));
    }
}
