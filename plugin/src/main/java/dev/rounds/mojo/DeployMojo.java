package dev.rounds.mojo;

import dev.rounds.core.Log;
import dev.rounds.site.SiteDeployer;
import java.net.URI;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the built site to a folder given as a {@code file:} URL, copying only what changed. Runs in the deploy
 * phase before rounds:publish, so a tweet's page is live before the tweet goes out. For other hosts, leave
 * {@code deployUrl} unset and deploy with your host's own tool.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractRoundsMojo {

    /** Where to deploy: a {@code file:} URL of a folder. Unset, this goal does nothing. */
    @Parameter(property = "rounds.deployUrl")
    private String deployUrl;

    /** Skips this goal only. */
    @Parameter(property = "rounds.deploy.skip", defaultValue = "false")
    private boolean skipDeploy;

    @Override
    protected boolean skipGoal() {
        if (skipDeploy) {
            getLog().info("Skipping rounds:deploy: rounds.deploy.skip is true.");
            return true;
        }
        if (deployUrl == null || deployUrl.isBlank()) {
            getLog().info("Skipping rounds:deploy: no deployUrl is set (deploy with your host's own tool).");
            return true;
        }
        return false;
    }

    @Override
    protected void run(Log log) {
        URI target = URI.create(deployUrl);
        if (!"file".equals(target.getScheme())) {
            throw new ConfigurationException("deployUrl '" + deployUrl + "' is not a file: URL. rounds:deploy copies "
                    + "to folders; deploy to other hosts with their own tool and leave <deployUrl> unset.");
        }
        SiteDeployer.Result result = new SiteDeployer().deploy(outputDirectory.toPath(), Path.of(target));
        log.info("Deployed the site to " + target + ": " + result.copied() + " files copied, " + result.unchanged()
                + " unchanged, " + result.removed() + " removed.");
    }
}
