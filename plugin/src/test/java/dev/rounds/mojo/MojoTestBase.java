package dev.rounds.mojo;

import static org.mockito.Mockito.lenient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Runs a goal's Mojo the way Maven does (descriptor defaults, {@code ${project.*}} expressions, the pom's
 * {@code <configuration>}, {@code -D} properties) on one of the small blogs under {@code src/test/resources/mojo/}.
 *
 * <p>The harness (maven-plugin-testing-harness, {@link MojoTest}) reads the plugin configuration from the pom named in
 * {@link InjectMojo#pom()}. The project the goal works on is a real {@link MavenProject} whose base directory is a
 * fresh copy of that blog under {@code target/mojo-tests/<class>/<test>/}, so each test starts from clean sources
 * and no test sees another's output. The harness's defaults (a mocked project, a log to SLF4J) do not fit: the goals
 * keep the built blog in the project's context and the tests read what a goal logged.
 */
@MojoTest
abstract class MojoTestBase {

    private static final String CASES = "classpath:/mojo/";

    /** The project every injected Mojo of a test shares; configured in {@link #copyBlog} before injection. */
    private final MavenProject project = new MavenProject();

    protected final RecordingLog log = new RecordingLog();

    /** The test's copy of its blog: the project's base directory. */
    protected Path basedir;

    @Inject
    private MavenSession session;

    @Provides
    MavenProject project() {
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    /** JUnit runs this after the harness set up its container and before it injects the test method's Mojos. */
    @BeforeEach
    void copyBlog(TestInfo test) throws IOException {
        Method method = test.getTestMethod().orElseThrow();
        String blog = blogOf(method);
        basedir = Paths.get("target", "mojo-tests", getClass().getSimpleName(), method.getName()).toAbsolutePath();
        deleteRecursively(basedir);
        copyRecursively(resource("/mojo/" + blog), basedir);

        project.setFile(basedir.resolve("pom.xml").toFile());
        project.setGroupId("test.rounds");
        project.setArtifactId(blog);
        project.setVersion("1.0");
        project.setName("Ward notes");
        project.setDescription("Notes from the wards.");
        project.setUrl("https://notes.example.org/");
        project.getBuild().setDirectory(basedir.resolve("target").toString());

        lenient().when(session.getSettings()).thenReturn(new Settings());
        for (UserProperty property : method.getAnnotationsByType(UserProperty.class)) {
            session.getUserProperties().setProperty(property.name(), property.value());
        }
    }

    protected MavenProject mavenProject() {
        return project;
    }

    protected MavenSession session() {
        return session;
    }

    protected Path target(String path) {
        return basedir.resolve("target").resolve(path);
    }

    protected String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** The blog a test works on: the folder of the pom its {@code @InjectMojo}s name (they must agree). */
    private static String blogOf(Method method) {
        String pom = null;
        if (method.isAnnotationPresent(InjectMojo.class)) {
            pom = method.getAnnotation(InjectMojo.class).pom();
        }
        for (Parameter parameter : method.getParameters()) {
            InjectMojo inject = parameter.getAnnotation(InjectMojo.class);
            if (inject == null) {
                continue;
            }
            if (pom != null && !pom.equals(inject.pom())) {
                throw new IllegalStateException(method + ": every @InjectMojo of a test must name the same pom");
            }
            pom = inject.pom();
        }
        if (pom == null || !pom.startsWith(CASES) || !pom.endsWith("/pom.xml")) {
            throw new IllegalStateException(method + ": @InjectMojo(pom = \"" + CASES + "<blog>/pom.xml\") expected");
        }
        return pom.substring(CASES.length(), pom.length() - "/pom.xml".length());
    }

    private static Path resource(String name) {
        URL url = MojoTestBase.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("No test blog " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path copy = to.resolve(from.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
