package dev.rounds.mojo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** The blog's post comes out on Tuesday 2026-10-20; at 08:30Z its intro teaser (08:00 London) is due, nothing else. */
class PublishMojoTest extends MojoTestBase {

    private static final String BLOG = "classpath:/mojo/blog/pom.xml";
    private static final String LIVE_SITE = "file://${project.build.directory}/site/";
    private static final List<String> VARIABLES = List.of("TWITTER_API_KEY", "TWITTER_API_SECRET",
            "TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET");

    @Test
    void theOutboxGetsWhatIsDueOnceAndASecondRunSendsNothing(
            @InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign,
            @InjectMojo(goal = "publish", pom = BLOG) @MojoParameter(name = "liveSiteUrl", value = LIVE_SITE)
            PublishMojo publish,
            @InjectMojo(goal = "publish", pom = BLOG) @MojoParameter(name = "liveSiteUrl", value = LIVE_SITE)
            PublishMojo publishAgain) throws Exception {
        build.execute();
        campaign.execute();

        publish.execute();
        List<String> sent = Files.readAllLines(target("rounds/outbox.jsonl"));
        JsonNode intro = new ObjectMapper().readTree(target("rounds/campaign.json").toFile()).get("tweets").get(0);
        assertEquals(1, sent.size(), String.join("\n", sent));
        assertTrue(sent.get(0).contains(intro.get("id").asText()), sent.get(0));
        assertEquals("2026-10-20T08:30:00Z", new ObjectMapper().readTree(sent.get(0)).get("sentAt").asText(),
                "sent at the run's clock (the blog's rounds.now), as the ledger records it");
        assertTrue(log.text().contains("Published 1, waiting 0"), log.text());

        publishAgain.execute();
        assertEquals(sent, Files.readAllLines(target("rounds/outbox.jsonl")), "nothing is sent twice");
        assertTrue(log.text().contains("Published 0, waiting 0"), log.text());

        JsonNode entries = new ObjectMapper().readTree(basedir.resolve("rounds-ledger.json").toFile()).get("entries");
        assertEquals(1, entries.size(), entries.toPrettyString());
        assertEquals("sent", entries.get(intro.get("id").asText()).get("state").asText(), entries.toPrettyString());
        assertEquals("outbox", entries.get(intro.get("id").asText()).get("channel").asText());
    }

    @Test
    @MojoParameter(name = "channel", value = "twitter")
    void twitterWithoutCredentialsFailsNamingWhereToPutThem(
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign,
            @InjectMojo(goal = "publish", pom = BLOG) PublishMojo publish) throws Exception {
        assumeNoCredentialsInTheEnvironment();
        campaign.execute();

        MojoFailureException failure = assertThrows(MojoFailureException.class, publish::execute);

        VARIABLES.forEach(name -> assertTrue(failure.getMessage().contains(name), failure.getMessage()));
        assertTrue(failure.getMessage().contains("<server> with id 'twitter'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("-Drounds.dryRun=true"), failure.getMessage());
        assertFalse(Files.exists(basedir.resolve("rounds-ledger.json")), "nothing is recorded");
    }

    @Test
    @MojoParameter(name = "channel", value = "twitter")
    void anIncompleteSettingsServerFailsWithoutPrintingTheSecretsItHas(
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign,
            @InjectMojo(goal = "publish", pom = BLOG) PublishMojo publish) throws Exception {
        assumeNoCredentialsInTheEnvironment();
        Server server = new Server();
        server.setId("twitter");
        server.setUsername("api-key-4f1c9e");
        server.setPassword("api-secret-d82b7a");
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom accessToken = new Xpp3Dom("accessToken");
        accessToken.setValue("access-token-0be3c5");
        configuration.addChild(accessToken);
        server.setConfiguration(configuration);
        Settings settings = new Settings();
        settings.addServer(server); // no <passphrase>: the access token secret is missing
        when(session().getSettings()).thenReturn(settings);
        campaign.execute();

        MojoFailureException failure = assertThrows(MojoFailureException.class, publish::execute);

        assertTrue(failure.getMessage().contains("settings.xml server 'twitter' lacks a credential"),
                failure.getMessage());
        String everything = failure.getMessage() + "\n" + log.text();
        Stream.of("api-key-4f1c9e", "api-secret-d82b7a", "access-token-0be3c5")
                .forEach(secret -> assertFalse(everything.contains(secret), "printed " + secret));
    }

    @Test
    @MojoParameter(name = "channel", value = "twitter")
    @MojoParameter(name = "dryRun", value = "true")
    @MojoParameter(name = "apiBaseUrl", value = "http://127.0.0.1:9/")
    @MojoParameter(name = "liveSiteUrl", value = LIVE_SITE)
    void aTwitterDryRunNeedsNoCredentialsAndRecordsNothing(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign,
            @InjectMojo(goal = "publish", pom = BLOG) PublishMojo publish) throws Exception {
        assumeNoCredentialsInTheEnvironment();
        build.execute();
        campaign.execute();

        publish.execute();

        assertAll(
                () -> assertTrue(log.text().contains("[dry run] would post "), log.text()),
                () -> assertTrue(log.text().contains("[dry run] Published 1"), log.text()),
                () -> assertFalse(Files.exists(basedir.resolve("rounds-ledger.json")), "a dry run records nothing"),
                () -> assertFalse(Files.exists(target("rounds/outbox.jsonl"))));
    }

    @Test
    @UserProperty(name = "rounds.publish.skip", value = "true")
    void roundsPublishSkipSkipsAndSaysWhy(@InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign,
            @InjectMojo(goal = "publish", pom = BLOG) PublishMojo publish) throws Exception {
        campaign.execute();

        publish.execute();

        assertTrue(log.lines().contains("[INFO] Skipping rounds:publish: rounds.publish.skip is true."), log.text());
        assertFalse(Files.exists(target("rounds/outbox.jsonl")));
        assertFalse(Files.exists(basedir.resolve("rounds-ledger.json")));
    }

    private static void assumeNoCredentialsInTheEnvironment() {
        assumeTrue(VARIABLES.stream().allMatch(name -> System.getenv(name) == null),
                "X credentials are set in this environment");
    }
}
