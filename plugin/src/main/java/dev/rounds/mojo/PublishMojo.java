package dev.rounds.mojo;

import dev.rounds.campaign.TeaserLinks;
import dev.rounds.campaign.output.CampaignFiles;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Log;
import dev.rounds.core.Problem;
import dev.rounds.publish.Channel;
import dev.rounds.publish.Ledger;
import dev.rounds.publish.LinkChecker;
import dev.rounds.publish.OutboxChannel;
import dev.rounds.publish.PlanReader;
import dev.rounds.publish.PublishOptions;
import dev.rounds.publish.PublishReport;
import dev.rounds.publish.Publisher;
import dev.rounds.publish.SiteLinkChecker;
import dev.rounds.publish.Sleeper;
import dev.rounds.publish.StalePolicy;
import dev.rounds.publish.TwitterChannel;
import dev.rounds.publish.TwitterCredentials;
import dev.rounds.publish.TwitterEndpoint;
import java.io.File;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Publishes the tweets of the plan that are due, ready and not yet sent, once and only once, through the outbox
 * (default) or X. Run by CI on every commit and on a schedule: each run sends what has come due since the last.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends AbstractRoundsMojo {

    /** {@code outbox} (appends to target/rounds/outbox.jsonl; the default) or {@code twitter}. */
    @Parameter(property = "rounds.channel", defaultValue = "outbox")
    private String channel;

    /** Runs everything but the one network call; needs no credentials. */
    @Parameter(property = "rounds.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** The X API's base URL; tweets go to {@code <base>2/tweets}. */
    @Parameter(property = "rounds.twitter.apiBaseUrl", defaultValue = "https://api.twitter.com/")
    private String apiBaseUrl;

    /**
     * The {@code <server>} in settings.xml with the X credentials, used when the environment variables are not set:
     * username = API key, password = API secret, passphrase = access token secret (both may be encrypted with
     * {@code mvn --encrypt-password}), and {@code <configuration><accessToken>} = the access token.
     */
    @Parameter(property = "rounds.twitter.serverId", defaultValue = "twitter")
    private String serverId;

    /** The ledger of sent tweets: keep it in the blog's repository and let CI commit it back. */
    @Parameter(property = "rounds.ledger", defaultValue = "${project.basedir}/rounds-ledger.json")
    private File ledger;

    /** Tweets sent per run at most, so a late run does not burst. */
    @Parameter(property = "rounds.publish.maxPerRun", defaultValue = "2")
    private int maxPerRun;

    /** Tweets overdue by more than this (ISO-8601 duration) are stale. */
    @Parameter(property = "rounds.publish.staleAfter", defaultValue = "PT48H")
    private String staleAfter;

    /** What to do with stale tweets: {@code skip} (recorded, never sent) or {@code reschedule} (sent in a later free slot). */
    @Parameter(property = "rounds.publish.stalePolicy", defaultValue = "skip")
    private String stalePolicy;

    /** Checks each tweet's page is live on the deployed site before sending it. */
    @Parameter(property = "rounds.publish.checkLinks", defaultValue = "true")
    private boolean checkLinks;

    /**
     * Where the link check looks for the deployed site, when it is not at siteUrl (e.g. a {@code file:} folder the
     * site was deployed to). A tweet's link is checked at this base plus its path.
     */
    @Parameter(property = "rounds.publish.liveSiteUrl")
    private String liveSiteUrl;

    /** Fails the build when something due could not be sent (waiting link, rate limit, unconfirmed, failed). */
    @Parameter(property = "rounds.publish.failOnUnsent", defaultValue = "true")
    private boolean failOnUnsent;

    /** Ids of in-flight tweets you found on the account: recorded as sent. Comma-separated. */
    @Parameter(property = "rounds.publish.markSent")
    private Set<String> markSent;

    /** Ids of in-flight tweets you did not find on the account: sent again. Comma-separated. */
    @Parameter(property = "rounds.publish.resend")
    private Set<String> resend;

    /** Skips this goal only. */
    @Parameter(property = "rounds.publish.skip", defaultValue = "false")
    private boolean skipPublish;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    protected boolean skipGoal() {
        if (skipPublish) {
            getLog().info("Skipping rounds:publish: rounds.publish.skip is true.");
        }
        return skipPublish;
    }

    @Override
    protected void run(Log log) {
        var plan = PlanReader.read(workDirectory.toPath().resolve(CampaignFiles.PLAN));
        PublishOptions options = new PublishOptions(channel(log), dryRun, maxPerRun, duration(staleAfter),
                policy(), checkLinks, failOnUnsent, markSent == null ? Set.of() : markSent,
                resend == null ? Set.of() : resend);
        Publisher publisher = new Publisher(Ledger.load(ledger.toPath()), linkChecker(plan.siteUrl()), Sleeper.real(),
                log);
        PublishReport report = publisher.publish(plan, instant(), options);
        if (failOnUnsent && report.hasUnsent()) {
            throw new InvalidInputException(Problem.error(CampaignFiles.PLAN, 0,
                    "Some tweets that are due could not be sent (see the summary above).",
                    "They are retried on the next run; set rounds.publish.failOnUnsent=false to not fail the build."));
        }
    }

    private Channel channel(Log log) {
        switch (channel) {
            case "outbox":
                // The run's clock (rounds.now when set), as the ledger has it.
                return new OutboxChannel(workDirectory.toPath().resolve("outbox.jsonl"),
                        Clock.fixed(instant(), ZoneOffset.UTC), log);
            case "twitter":
                Optional<TwitterCredentials> credentials = TwitterCredentials.fromEnvironment(System.getenv());
                if (credentials.isEmpty()) {
                    credentials = fromSettings();
                }
                if (credentials.isEmpty() && !dryRun) {
                    throw new ConfigurationException("No X credentials: set TWITTER_API_KEY, TWITTER_API_SECRET, "
                            + "TWITTER_ACCESS_TOKEN and TWITTER_ACCESS_TOKEN_SECRET, or a <server> with id '" + serverId
                            + "' in settings.xml. Or run with -Drounds.dryRun=true.");
                }
                return new TwitterChannel(credentials, TwitterEndpoint.at(URI.create(apiBaseUrl)), log);
            default:
                throw new ConfigurationException("channel '" + channel + "' is unknown: use outbox or twitter.");
        }
    }

    private Optional<TwitterCredentials> fromSettings() {
        Server server = session.getSettings().getServer(serverId);
        if (server == null) {
            return Optional.empty();
        }
        Server decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server)).getServer();
        String accessToken = null;
        if (decrypted.getConfiguration() instanceof Xpp3Dom configuration
                && configuration.getChild("accessToken") != null) {
            accessToken = configuration.getChild("accessToken").getValue();
        }
        if (decrypted.getUsername() == null || decrypted.getPassword() == null || accessToken == null
                || decrypted.getPassphrase() == null) {
            throw new ConfigurationException("The settings.xml server '" + serverId + "' lacks a credential: it needs "
                    + "<username> (API key), <password> (API secret), <passphrase> (access token secret) and "
                    + "<configuration><accessToken>.");
        }
        return Optional.of(new TwitterCredentials(decrypted.getUsername(), decrypted.getPassword(), accessToken,
                decrypted.getPassphrase(), "settings.xml server '" + serverId + "'"));
    }

    private LinkChecker linkChecker(String siteUrl) {
        SiteLinkChecker checker = new SiteLinkChecker();
        if (liveSiteUrl == null || liveSiteUrl.isBlank()) {
            return checker;
        }
        String base = liveSiteUrl.endsWith("/") ? liveSiteUrl : liveSiteUrl + "/";
        return url -> checker.check(url.startsWith(siteUrl)
                ? base + TeaserLinks.page(url).substring(siteUrl.length()) : url);
    }

    private StalePolicy policy() {
        try {
            return StalePolicy.valueOf(stalePolicy.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("stalePolicy '" + stalePolicy + "' is unknown: use skip or reschedule.");
        }
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException bad) {
            throw new ConfigurationException("staleAfter '" + text + "' is not an ISO-8601 duration such as PT48H.");
        }
    }
}
