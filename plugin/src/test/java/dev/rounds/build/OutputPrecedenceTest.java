package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.testing.TinyBlog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a blog's static files, the generated files and the aliases name the same path, the site keeps the same one
 * every time, whatever order the outputs of a phase finish in: a generated file over a static one, an alias over a
 * generated page.
 */
class OutputPrecedenceTest {

    @TempDir
    Path root;

    @RepeatedTest(8)
    void generatedFilesWinOverStaticOnesAndAnAliasOverAGeneratedPage() throws IOException {
        Path statics = root.resolve("src/static");
        Files.createDirectories(statics);
        Files.writeString(statics.resolve("robots.txt"), "User-agent: *\nDisallow: /old-blog/\n");
        Files.writeString(statics.resolve("404.html"), "<!DOCTYPE html><p>Old 404</p>");
        Files.writeString(statics.resolve("sitemap.xml"), "<urlset/>");
        TinyBlog blog = new TinyBlog(root).post("a.md", """
                ---
                title: Moved here
                date: 2026-01-10
                aliases: [/archive/]
                ---
                Text.
                """);

        blog.build();

        Path site = blog.site();
        assertTrue(read(site.resolve("robots.txt")).contains("Sitemap: "), "the generated robots.txt");
        assertTrue(read(site.resolve("sitemap.xml")).contains("<loc>"), "the generated sitemap");
        assertFalse(read(site.resolve("404.html")).contains("Old 404"), "the generated 404 page");
        assertTrue(read(site.resolve("archive/index.html")).contains("This page has moved to"), "the alias's page");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
