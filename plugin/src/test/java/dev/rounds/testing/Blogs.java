package dev.rounds.testing;

import dev.rounds.build.BlogConfig;
import dev.rounds.site.SiteSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/** Test helpers for building blogs from folders. */
public final class Blogs {

    /** A fixed "now" so tests do not depend on the day they run. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private Blogs() {
    }

    /** The example blog's folder (surefire passes it; falls back to the module layout). */
    public static Path exampleBlog() {
        return Path.of(System.getProperty("rounds.exampleBlog", "../example-blog")).toAbsolutePath().normalize();
    }

    /** The shared folder beside the project (conformance cases, benchmarks), which may be absent. */
    public static Path shared() {
        return Path.of(System.getProperty("rounds.shared", "../../shared")).toAbsolutePath().normalize();
    }

    public static SiteSettings settings(boolean drafts) {
        return new SiteSettings("https://notes.example.org/", "Rounds Notes", "Notes from the wards.", "en",
                ZoneId.of("America/New_York"), null, 10, 20, null, drafts, NOW);
    }

    /** A config for a blog laid out as {@code blog/src/{posts,templates,static,authors.yml}}. */
    public static BlogConfig config(Path blog, Path target, boolean drafts) {
        Path src = blog.resolve("src");
        return new BlogConfig(src.resolve("posts"), src.resolve("templates"), src.resolve("static"),
                src.resolve("authors.yml"), target.resolve("site"), target.resolve("rounds"), settings(drafts), false,
                drafts);
    }

    /** A config for a folder of posts with no other blog files. */
    public static BlogConfig postsOnly(Path posts, Path target) {
        return new BlogConfig(posts, null, null, null, target.resolve("site"), target.resolve("rounds"),
                settings(false), false, false);
    }
}
