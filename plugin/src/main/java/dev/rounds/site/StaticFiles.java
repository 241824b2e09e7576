package dev.rounds.site;

import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies static files: the theme's ({@code rounds/theme/static/} on the classpath), then the blog's own
 * ({@code src/static/}, which wins), then each page bundle's files beside its post.
 */
public final class StaticFiles implements SiteOutput {

    public static final String THEME_STATIC = "rounds/theme/static/";

    private final ClassLoader themeLoader;
    private final Path blogStatic;
    private final List<Post> bundles;
    private final java.util.function.Function<Post, List<Path>> bundleFiles;

    public StaticFiles(ClassLoader themeLoader, Path blogStatic, List<Post> bundles,
                       java.util.function.Function<Post, List<Path>> bundleFiles) {
        this.themeLoader = themeLoader;
        this.blogStatic = blogStatic;
        this.bundles = List.copyOf(bundles);
        this.bundleFiles = bundleFiles;
    }

    @Override
    public void write(SiteContext context) {
        Path out = context.outputDirectory();
        try {
            copyTheme(out);
            if (blogStatic != null && Files.isDirectory(blogStatic)) {
                copyTree(blogStatic, out);
            }
            for (Post post : bundles) {
                for (Path file : bundleFiles.apply(post)) {
                    Path target = out.resolve(post.route()).resolve(bundleRoot(post, file).relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException failed) {
            throw new RoundsException("Cannot copy static files: " + failed.getMessage(), failed);
        }
    }

    private Path bundleRoot(Post post, Path file) {
        Path dir = file.getParent();
        while (dir != null && !Files.exists(dir.resolve("index.md")) && !Files.exists(dir.resolve("index.markdown"))) {
            dir = dir.getParent();
        }
        return dir == null ? file.getParent() : dir;
    }

    private void copyTheme(Path out) throws IOException {
        Enumeration<URL> roots = themeLoader.getResources(THEME_STATIC);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("jar".equals(root.getProtocol())) {
                copyFromJar(root, out);
            } else if ("file".equals(root.getProtocol())) {
                try {
                    copyTree(Paths.get(root.toURI()), out);
                } catch (URISyntaxException bad) {
                    throw new IOException(bad);
                }
            }
        }
    }

    private static void copyFromJar(URL root, Path out) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(THEME_STATIC)) {
                    continue;
                }
                Path target = out.resolve(entry.getName().substring(THEME_STATIC.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
