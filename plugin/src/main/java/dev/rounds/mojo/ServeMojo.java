package dev.rounds.mojo;

import dev.rounds.build.BlogConfig;
import dev.rounds.build.BuildFingerprint;
import dev.rounds.campaign.CampaignPlanner;
import dev.rounds.campaign.CampaignSettings;
import dev.rounds.campaign.output.CampaignPreviewStage;
import dev.rounds.core.Log;
import dev.rounds.serve.PortInUseException;
import dev.rounds.serve.PreviewOptions;
import dev.rounds.serve.PreviewServer;
import dev.rounds.serve.PreviewStage;
import dev.rounds.site.Templates;
import java.time.Duration;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Live preview: builds the blog with drafts and future posts into {@code target/rounds/preview-site} (never the real
 * site), serves it on 127.0.0.1, rebuilds on every change to posts, templates, static files or the authors file, and
 * reloads the open pages. Stop it with Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractCampaignMojo {

    /** The port on 127.0.0.1 to serve the preview on. */
    @Parameter(property = "rounds.serve.port", defaultValue = "8080")
    private int port;

    /** Stops the server after this many seconds (0: run until Ctrl+C). For scripted checks and tests. */
    @Parameter(property = "rounds.serve.timeout", defaultValue = "0")
    private int timeout;

    /**
     * Whether the server has the JVM collect each save's garbage while it is idle, between saves, so that no save
     * pauses for it. Costs a little CPU after each save; false leaves collections to the JVM.
     */
    @Parameter(property = "rounds.serve.idleCollect", defaultValue = "true")
    private boolean idleCollect;

    /** Skips this goal only. */
    @Parameter(property = "rounds.serve.skip", defaultValue = "false")
    private boolean skipServe;

    @Override
    protected boolean skipGoal() {
        if (skipServe) {
            getLog().info("Skipping rounds:serve: rounds.serve.skip is true.");
        }
        return skipServe;
    }

    @Override
    protected void run(Log log) {
        BlogConfig config = blogConfig(true);
        PreviewServer server;
        try {
            PreviewOptions options = new PreviewOptions(config, port, previewStage(), reportTimings, idleCollect);
            server = PreviewServer.start(options, log, themeLoader());
        } catch (PortInUseException taken) {
            throw new ConfigurationException("Port " + taken.port() + " is in use: stop the other server or run with "
                    + "-Drounds.serve.port=" + (taken.port() % 65_535 + 1));
        }
        Thread stopOnCtrlC = new Thread(server::close, "rounds-preview-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        log.info("Serving " + config.site().title() + " at " + server.siteUrl() + " (campaign preview: " + server.campaignUrl()
                + "). Press Ctrl+C to stop.");
        try {
            if (timeout > 0) {
                server.awaitClose(Duration.ofSeconds(timeout));
            } else {
                server.awaitClose();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(stopOnCtrlC);
        }
        log.info("Stopped the preview server.");
    }

    /**
     * The campaign's preview, rebuilt at every build whose posts are read without errors (beside the site's pages),
     * drafts and future posts included and marked.
     */
    protected PreviewStage previewStage() {
        CampaignSettings settings = campaignSettings();
        String publicSiteUrl = siteSettings(false).siteUrl();
        Log log = new MavenLog(getLog());
        BlogConfig config = blogConfig(true);
        CampaignPreviewStage stage = new CampaignPreviewStage(new CampaignPlanner(settings, publicSiteUrl, log),
                () -> new Templates(templatesDirectory.toPath(), themeLoader()),
                () -> BuildFingerprint.templatesOf(config, themeLoader()), log);
        return stage::rebuild;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the JVM is already running the hook.
        }
    }
}
