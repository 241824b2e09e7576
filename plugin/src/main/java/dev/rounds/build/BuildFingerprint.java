package dev.rounds.build;

import dev.rounds.core.Digests;
import dev.rounds.core.RoundsException;
import dev.rounds.site.SiteSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything besides the posts that a page's bytes depend on: Rounds' own code, the theme, the blog's templates,
 * static files and authors, and every setting except the clock (the clock reaches pages only through each post's
 * draft and scheduled flags, which are part of the post's digest). When any of it changes, nothing of the last build
 * is reused. Jars are identified by path, size and time; templates, static files and authors by their bytes (so a
 * fresh checkout, with new file times, is the same blog).
 */
public final class BuildFingerprint {

    private BuildFingerprint() {
    }

    public static String of(BlogConfig config, ClassLoader themeLoader) {
        return of(config, themeLoader, Digests::ofFile);
    }

    /**
     * What a page's templates are: the blog's template folder by content and the theme by location, size and time.
     * For files rendered outside the build (the campaign preview of rounds:serve).
     */
    public static String templatesOf(BlogConfig config, ClassLoader themeLoader) {
        Digests digest = new Digests().add("rounds-templates-1");
        codeAndTheme(digest, themeLoader);
        tree(digest, config.templatesDirectory(), Digests::ofFile);
        return digest.hex();
    }

    /** Rounds' own code and the theme, each by location, size and time. */
    private static void codeAndTheme(Digests digest, ClassLoader themeLoader) {
        code(digest, BuildFingerprint.class.getProtectionDomain().getCodeSource());
        try {
            for (URL theme : Collections.list(themeLoader.getResources("rounds/theme/"))) {
                location(digest, theme);
            }
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read the theme: " + unreadable.getMessage(), unreadable);
        }
    }

    /** @param contents the digest of a file's bytes (a build passes its {@link FileDigests}) */
    static String of(BlogConfig config, ClassLoader themeLoader, Function<Path, String> contents) {
        Digests digest = new Digests().add("rounds-build-2");
        codeAndTheme(digest, themeLoader);
        tree(digest, config.templatesDirectory(), contents);
        tree(digest, config.staticDirectory(), contents);
        digest.add("authors").add(contents.apply(config.authorsFile() == null ? Path.of("(none)")
                : config.authorsFile()));
        SiteSettings site = config.site();
        digest.add(String.join("\n", site.siteUrl(), site.title(), site.description(), site.language(),
                site.timeZone().getId(), site.permalink(), Integer.toString(site.pageSize()),
                Integer.toString(site.feedSize()), String.valueOf(site.disclaimer()),
                Boolean.toString(site.includeDrafts()), Boolean.toString(config.allowScripts()),
                Boolean.toString(config.preview()), config.postsDirectory().toAbsolutePath().toString(),
                config.outputDirectory().toAbsolutePath().toString()));
        return digest.hex();
    }

    /**
     * The identity of the code a class was loaded from (a jar by path, size and time; a class folder by each file's),
     * for caches that must not outlive a new build of Rounds.
     */
    public static String codeOf(Class<?> type) {
        Digests digest = new Digests();
        code(digest, type.getProtectionDomain().getCodeSource());
        return digest.hex();
    }

    private static void code(Digests digest, CodeSource source) {
        if (source == null || source.getLocation() == null) {
            digest.add("unknown code " + System.nanoTime());
            return;
        }
        location(digest, source.getLocation());
    }

    /** A jar by its path, size and time; a folder of classes or theme files by each file's path, size and time. */
    private static void location(Digests digest, URL url) {
        String text = url.toString();
        try {
            if (text.startsWith("jar:file:")) {
                tree(digest, Paths.get(new URL(text.substring(4, text.indexOf("!/"))).toURI()), null);
            } else if (text.startsWith("file:")) {
                tree(digest, Paths.get(url.toURI()), null);
            } else {
                digest.add("unknown location " + text + " " + System.nanoTime());
            }
        } catch (IOException | URISyntaxException | RuntimeException odd) {
            digest.add("unreadable location " + text + " " + System.nanoTime());
        }
    }

    /** Each file under root by path and either its bytes' digest ({@code contents}) or, when null, size and time. */
    private static void tree(Digests digest, Path root, Function<Path, String> contents) {
        if (root == null || !Files.exists(root)) {
            digest.add("(none)");
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                digest.add(root.relativize(file).toString());
                if (contents != null) {
                    digest.add(contents.apply(file));
                } else {
                    digest.add(Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
                }
            }
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + root + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
