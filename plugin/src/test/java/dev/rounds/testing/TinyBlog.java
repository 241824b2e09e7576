package dev.rounds.testing;

import dev.rounds.build.BlogBuilder;
import dev.rounds.build.BlogConfig;
import dev.rounds.build.BuiltBlog;
import dev.rounds.core.Log;
import dev.rounds.credibility.CredibilitySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A blog written by a test into a temporary folder ({@code src/posts}, {@code src/authors.yml}) and built. */
public final class TinyBlog {

    private final Path root;

    public TinyBlog(Path root) {
        this.root = root;
    }

    /** Writes a post under {@code src/posts/}. */
    public TinyBlog post(String name, String text) {
        return write(root.resolve("src/posts").resolve(name), text);
    }

    public TinyBlog authors(String yaml) {
        return write(root.resolve("src/authors.yml"), yaml);
    }

    public Path site() {
        return root.resolve("target/site");
    }

    /** What a build left: the blog and every warning it logged. */
    public record Built(BuiltBlog blog, List<String> warnings) {
        public String warningsText() {
            return String.join("\n", warnings);
        }
    }

    /** Builds with the default (network-free) credibility settings. */
    public Built build() {
        return build(CredibilitySettings.defaults());
    }

    /** Builds; throws {@link dev.rounds.core.InvalidInputException} when there are errors. */
    public Built build(CredibilitySettings credibility) {
        List<String> warnings = new ArrayList<>();
        Log log = new Log() {
            @Override public void debug(String message) { }
            @Override public void info(String message) { }
            @Override public synchronized void warn(String message) { warnings.add(message); }
            @Override public void error(String message) { }
        };
        Path src = root.resolve("src");
        BlogConfig config = new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), site(), root.resolve("target/rounds"), Blogs.settings(false), false, false,
                credibility, true);
        BuiltBlog blog = new BlogBuilder(config, log, TinyBlog.class.getClassLoader()).build();
        return new Built(blog, List.copyOf(warnings));
    }

    private TinyBlog write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return this;
    }
}
