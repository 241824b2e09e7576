package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.credibility.CredibilitySettings;
import dev.rounds.testing.Blogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog's own template with a mistake fails the build with the template's name, the line and what is wrong, although
 * a Maven build parses the main templates on another thread while it reads the posts; the site already built stays.
 */
class BrokenTemplateTest {

    @TempDir
    Path blog;

    @Test
    void aSyntaxErrorInTheBlogsPostTemplateNamesTheTemplateAndTheLine() throws IOException {
        write("src/posts/2026-11-01-first.md", "---\ntitle: First\n---\nOne two three.\n");
        new BlogBuilder(config(), Log.silent(), getClass().getClassLoader()).build();
        Path page = blog.resolve("target/site/2026/11/first/index.html");
        String built = Files.readString(page);

        write("src/templates/post.ftlh", "<p>${post.title}</p>\n<p>\n<#if post.draft>draft\n");
        write("src/posts/2026-11-01-first.md", "---\ntitle: First, again\n---\nOne two three.\n");
        InvalidInputException failed = assertThrows(InvalidInputException.class,
                () -> new BlogBuilder(config(), Log.silent(), getClass().getClassLoader()).build());

        Problem problem = failed.problems().get(0);
        assertTrue(problem.source().endsWith("post.ftlh"), problem.toString());
        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.message().contains("#if"), problem.toString());
        assertEquals(built, Files.readString(page), "the site built before stays as it was");
    }

    /** The same for a layout a post names, which the build looks up before it renders it. */
    @Test
    void aSyntaxErrorInALayoutNamesTheLayoutAndTheLine() throws IOException {
        write("src/templates/case.ftlh", "<p>${post.title}</p>\n<#list post.tags as t>\n");
        write("src/posts/2026-11-01-first.md", "---\ntitle: First\nlayout: case\n---\nOne two three.\n");
        InvalidInputException failed = assertThrows(InvalidInputException.class,
                () -> new BlogBuilder(config(), Log.silent(), getClass().getClassLoader()).build());

        Problem problem = failed.problems().get(0);
        assertTrue(problem.source().endsWith("case.ftlh"), problem.toString());
        assertEquals(2, problem.line(), problem.toString());
    }

    private BlogConfig config() {
        Path src = blog.resolve("src");
        return new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), blog.resolve("target/site"), blog.resolve("target/rounds"),
                Blogs.settings(false), false, false, CredibilitySettings.defaults(), true);
    }

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
