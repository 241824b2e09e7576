package dev.rounds.mojo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class DeployMojoTest extends MojoTestBase {

    private static final String BLOG = "classpath:/mojo/blog/pom.xml";

    @Test
    void withoutADeployUrlItSkipsAndSaysWhy(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "deploy", pom = BLOG) DeployMojo deploy) throws Exception {
        build.execute();

        deploy.execute();

        assertTrue(log.lines().contains(
                "[INFO] Skipping rounds:deploy: no deployUrl is set (deploy with your host's own tool)."), log.text());
    }

    @Test
    @MojoParameter(name = "deployUrl", value = "file://${project.build.directory}/deployed")
    void copiesTheSiteToAFileFolderAndOnlyWhatChanged(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "deploy", pom = BLOG) DeployMojo deploy) throws Exception {
        build.execute();

        deploy.execute();
        assertTrue(read(target("deployed/2026/10/sepsis/index.html")).contains("Sepsis in the first hour"));

        deploy.execute();
        assertTrue(log.text().contains(": 0 files copied, "), log.text());
    }

    @Test
    @MojoParameter(name = "deployUrl", value = "sftp://notes.example.org/var/www")
    void aDeployUrlThatIsNotAFolderFailsNamingTheParameter(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "deploy", pom = BLOG) DeployMojo deploy) throws Exception {
        build.execute();

        MojoFailureException failure = assertThrows(MojoFailureException.class, deploy::execute);

        assertTrue(failure.getMessage().contains("deployUrl 'sftp://notes.example.org/var/www'"), failure.getMessage());
        assertFalse(Files.exists(target("deployed")));
    }

    @Test
    @UserProperty(name = "rounds.deploy.skip", value = "true")
    @MojoParameter(name = "deployUrl", value = "file://${project.build.directory}/deployed")
    void roundsDeploySkipSkipsAndSaysWhy(@InjectMojo(goal = "deploy", pom = BLOG) DeployMojo deploy)
            throws Exception {
        deploy.execute();

        assertTrue(log.lines().contains("[INFO] Skipping rounds:deploy: rounds.deploy.skip is true."), log.text());
        assertFalse(Files.exists(target("deployed")));
    }
}
