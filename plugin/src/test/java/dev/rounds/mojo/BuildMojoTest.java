package dev.rounds.mojo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.build.BuiltBlog;
import java.nio.file.Files;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class BuildMojoTest extends MojoTestBase {

    private static final String BLOG = "classpath:/mojo/blog/pom.xml";
    private static final String BROKEN = "classpath:/mojo/broken-post/pom.xml";

    @Test
    void rendersTheBlogWithTheProjectsUrlAndKeepsItForTheCampaign(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build)
            throws Exception {
        build.execute();

        assertAll(
                () -> assertTrue(Files.isRegularFile(target("site/index.html")), log.text()),
                () -> assertTrue(read(target("site/2026/10/sepsis/index.html")).contains("Sepsis in the first hour")),
                () -> assertTrue(Files.isRegularFile(target("site/about/index.html")), "a post without a date is a page"),
                () -> assertTrue(read(target("site/feed.xml")).contains("https://notes.example.org/2026/10/sepsis/"),
                        "siteUrl defaults to the project's <url>"),
                () -> assertTrue(log.text().contains("Built 1 post and "), log.text()),
                () -> assertInstanceOf(BuiltBlog.class, mavenProject().getContextValue(BuildMojo.BUILT_BLOG)));
    }

    @Test
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/public")
    void rendersIntoTheConfiguredOutputDirectory(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build)
            throws Exception {
        build.execute();

        assertTrue(Files.isRegularFile(target("public/2026/10/sepsis/index.html")), log.text());
        assertFalse(Files.exists(target("site")));
    }

    @Test
    @UserProperty(name = "rounds.skip", value = "true")
    void roundsSkipSkipsAndSaysWhy(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build) throws Exception {
        build.execute();

        assertTrue(log.lines().contains("[INFO] Skipping Rounds: rounds.skip is true."), log.text());
        assertFalse(Files.exists(target("")), "nothing is written");
    }

    @Test
    @UserProperty(name = "rounds.build.skip", value = "true")
    void roundsBuildSkipSkipsAndSaysWhy(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build) throws Exception {
        build.execute();

        assertTrue(log.lines().contains("[INFO] Skipping rounds:build: rounds.build.skip is true."), log.text());
        assertFalse(Files.exists(target("")), "nothing is written");
    }

    @Test
    @MojoParameter(name = "siteUrl", value = "notes.example.org")
    void aSiteUrlThatIsNotAUrlFailsNamingTheParameter(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);

        assertTrue(failure.getMessage().contains("siteUrl 'notes.example.org'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("<siteUrl>"), "says which pom element to fix");
        assertFalse(Files.exists(target("site")));
    }

    @Test
    @MojoParameter(name = "timeZone", value = "Mars/Olympus_Mons")
    void anUnknownTimeZoneFailsNamingTheParameter(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);

        assertTrue(failure.getMessage().contains("timeZone 'Mars/Olympus_Mons'"), failure.getMessage());
        assertFalse(Files.exists(target("site")));
    }

    @Test
    @MojoParameter(name = "now", value = "next Tuesday")
    void anUnreadableNowFailsNamingTheProperty(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);

        assertTrue(failure.getMessage().contains("rounds.now 'next Tuesday'"), failure.getMessage());
        assertFalse(Files.exists(target("site")));
    }

    @Test
    void aBrokenPostIsTheAuthorsToFixAndEveryProblemIsListedWithItsLine(
            @InjectMojo(goal = "build", pom = BROKEN) BuildMojo build) throws Exception {
        // MojoFailureException (BUILD FAILURE), not MojoExecutionException (a fault of the plugin).
        MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);
        String message = failure.getMessage();

        assertAll(
                () -> assertTrue(message.startsWith("2 problems to fix:"), message),
                () -> assertTrue(message.contains("bad-date.md:3: "), message),
                () -> assertTrue(message.contains("broken-yaml.md:"), message),
                () -> assertFalse(message.contains("good.md"), message),
                () -> assertFalse(Files.exists(target("site/index.html")), "a failed build publishes nothing"));
    }
}
