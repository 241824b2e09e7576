package dev.rounds.mojo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class CampaignMojoTest extends MojoTestBase {

    private static final String BLOG = "classpath:/mojo/blog/pom.xml";
    private static final String BLOCKED = "classpath:/mojo/blocked-teaser/pom.xml";
    private static final String PARTLY_ACKNOWLEDGED = "classpath:/mojo/partly-acknowledged/pom.xml";
    private static final String ACKNOWLEDGED = "classpath:/mojo/acknowledged-teaser/pom.xml";

    /** The ids the guard gives "Mr. Alvarez" and "admitted on March 3" (FindingId: category and text, hashed). */
    private static final String NAME_FINDING = "name:76f10099";
    private static final String DATE_FINDING = "care-date:5119167b";

    @Test
    void writesThePlanItsPreviewCsvAndCalendar(@InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign) throws Exception {
        build.execute();
        campaign.execute();

        JsonNode plan = plan();
        assertAll(
                () -> assertEquals("https://notes.example.org/", plan.get("siteUrl").asText()),
                () -> assertTrue(plan.get("tweets").size() >= 3, plan.toPrettyString()),
                () -> assertTrue(Files.isRegularFile(target("rounds/preview/index.html"))),
                () -> assertTrue(Files.isRegularFile(target("rounds/campaign.csv"))),
                () -> assertTrue(Files.isRegularFile(target("rounds/campaign.ics"))),
                () -> assertTrue(log.text().contains("Planned " + plan.get("tweets").size() + " tweets"), log.text()));
        for (JsonNode tweet : plan.get("tweets")) {
            assertEquals("ready", tweet.get("status").asText(), tweet.toPrettyString());
            assertTrue(tweet.get("weightedLength").asInt() <= 140, tweet.toPrettyString());
            assertTrue(tweet.get("url").asText().startsWith("https://notes.example.org/2026/10/sepsis/"));
        }
    }

    @Test
    void inALaterRunWithoutRoundsBuildItReadsThePostsAgainAndLeavesTheSiteAsItIs(
            @InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign) throws Exception {
        build.execute();
        mavenProject().setContextValue(BuildMojo.BUILT_BLOG, null); // as in a new "mvn rounds:campaign"
        int before = log.lines().size();

        campaign.execute();

        assertTrue(plan().get("tweets").size() >= 3);
        String second = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(second.contains(" read, 0 files written, "), second);
    }

    @Test
    void aLaterRunWithNothingChangedSaysSoAndRewritesNothing(
            @InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign) throws Exception {
        build.execute();
        campaign.execute();
        java.nio.file.attribute.FileTime planned = Files.getLastModifiedTime(target("rounds/campaign.json"));
        newMavenRun();
        int before = log.lines().size();

        build.execute();
        campaign.execute();

        String second = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(second.contains("[INFO] Site is up to date: 1 post and 1 page in "), second);
        assertTrue(second.contains("[INFO] Campaign is up to date: " + plan().get("tweets").size() + " tweets in "),
                second);
        assertEquals(planned, Files.getLastModifiedTime(target("rounds/campaign.json")));

        Files.delete(target("rounds/campaign.csv"));
        newMavenRun();
        campaign.execute();
        assertTrue(Files.isRegularFile(target("rounds/campaign.csv")), "a removed campaign file is made again");
    }

    @Test
    void anEditThatLeavesEveryTeaserAsItWasPlansNothingAndWritesNothing(
            @InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign) throws Exception {
        build.execute();
        campaign.execute();
        java.nio.file.Path post = basedir.resolve("src/posts/sepsis.md");
        String planned = read(target("rounds/campaign.json"));
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(target("rounds/campaign.json"));

        Files.writeString(post, read(post) + "\n\n"); // new bytes, the same Markdown: the same teasers
        newMavenRun();
        int before = log.lines().size();
        build.execute();
        campaign.execute();

        String second = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(second.contains("[INFO] Campaign is unchanged: " + plan().get("tweets").size() + " tweets in "),
                second);
        assertEquals(time, Files.getLastModifiedTime(target("rounds/campaign.json")));
        newMavenRun();
        campaign.execute();
        assertTrue(log.lines().get(log.lines().size() - 1).startsWith("[INFO] Campaign is up to date"),
                "the stamp learnt the new state: " + log.text());

        Files.writeString(post, read(post).replace("## Measure lactate twice", "## Measure lactate two times"));
        newMavenRun();
        before = log.lines().size();
        build.execute();
        campaign.execute();

        String third = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(third.contains("[INFO] Planned "), third);
        assertTrue(third.contains("[DEBUG] Planned the campaign from the known series of the 1 published post(s)"),
                "after an edit build, the other posts' series come from the cache without the posts: " + third);
        assertFalse(planned.equals(read(target("rounds/campaign.json"))), "the heading's teaser links its new anchor");
    }

    /**
     * An edit that leaves a post's teasers as they were puts its new plan key in the plan index alone; a later edit
     * that renames another post's heading then plans the campaign from the cache, making only the post whose series
     * the cache lacks, not every post, and plans what a run without the caches plans.
     */
    @Test
    void aTeaserChangeAfterAnUnchangedEditMakesOnlyThePostTheCacheLacks(
            @InjectMojo(goal = "build", pom = BLOG) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOG) CampaignMojo campaign) throws Exception {
        java.nio.file.Path first = basedir.resolve("src/posts/sepsis.md");
        java.nio.file.Path second = basedir.resolve("src/posts/sepsis-wards.md");
        Files.writeString(second, read(first).replace("Sepsis in the first hour", "Sepsis on the wards")
                .replace("date: 2026-10-20", "date: 2026-10-18"));
        build.execute();
        campaign.execute();
        Files.writeString(first, read(first) + "\n\n"); // new bytes, the same teasers
        newMavenRun();
        build.execute();
        campaign.execute();
        assertTrue(log.text().contains("[INFO] Campaign is unchanged"), log.text());

        Files.writeString(second, read(second).replace("## Measure lactate twice", "## Measure lactate two times"));
        newMavenRun();
        int before = log.lines().size();
        build.execute();
        campaign.execute();

        String third = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(third.contains("[DEBUG] Planned the campaign from the known series of the 2 published post(s); 1 "
                + "made again"), third);
        String planned = read(target("rounds/campaign.json"));
        assertTrue(planned.contains("#measure-lactate-two-times"), "the renamed heading's teaser links its anchor");
        dev.rounds.testing.FileTrees.delete(target("rounds"));
        newMavenRun();
        build.execute();
        campaign.execute();
        assertEquals(planned, read(target("rounds/campaign.json")), "the plan a run without the caches makes");
    }

    @Test
    void anUnchangedCampaignStillSaysItsAcknowledgedFindings(
            @InjectMojo(goal = "build", pom = ACKNOWLEDGED) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = ACKNOWLEDGED) CampaignMojo campaign) throws Exception {
        build.execute();
        campaign.execute();
        List<String> first = log.lines().stream().filter(line -> line.startsWith("[WARNING]")).toList();
        assertFalse(first.isEmpty());
        java.nio.file.Path post = basedir.resolve("src/posts/sepsis-case.md");
        Files.writeString(post, read(post) + "\n");
        newMavenRun();
        int before = log.lines().size();

        build.execute();
        campaign.execute();

        List<String> again = log.lines().subList(before, log.lines().size());
        assertTrue(again.stream().anyMatch(line -> line.startsWith("[INFO] Campaign is unchanged")), again.toString());
        assertEquals(first, again.stream().filter(line -> line.startsWith("[WARNING]")).toList());
    }

    @Test
    void aTeaserThatNamesAPatientFailsTheBuildAfterThePlanAndPreviewAreWritten(
            @InjectMojo(goal = "build", pom = BLOCKED) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOCKED) CampaignMojo campaign) throws Exception {
        build.execute();

        MojoFailureException failure = assertThrows(MojoFailureException.class, campaign::execute);

        JsonNode blocked = only(plan(), "blocked");
        assertAll(
                () -> assertTrue(failure.getMessage().contains("sepsis-case.md: Teaser " + blocked.get("id").asText()
                        + " is blocked"), failure.getMessage()),
                () -> assertTrue(failure.getMessage().contains("name \"Mr. Alvarez\" (" + NAME_FINDING + ")"),
                        failure.getMessage()),
                () -> assertTrue(failure.getMessage().contains("care-date \"admitted on March 3\" (" + DATE_FINDING
                        + ")"), failure.getMessage()),
                () -> assertEquals("Mr. Alvarez, 67, was admitted on March 3 with sepsis.",
                        blocked.get("sourceSentence").asText()),
                () -> assertEquals(List.of(NAME_FINDING, DATE_FINDING), findingIds(blocked)),
                () -> assertTrue(read(target("rounds/preview/index.html")).contains(NAME_FINDING),
                        "the preview shows the finding"));
    }

    @Test
    void acknowledgingOneOfTwoFindingsStillBlocksOnTheOther(
            @InjectMojo(goal = "campaign", pom = PARTLY_ACKNOWLEDGED) CampaignMojo campaign) throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, campaign::execute);

        assertTrue(failure.getMessage().contains(DATE_FINDING), failure.getMessage());
        assertFalse(failure.getMessage().contains("(" + NAME_FINDING + ")"), failure.getMessage());
        assertEquals("blocked", only(plan(), "blocked").get("status").asText());
    }

    @Test
    void acknowledgedFindingsLetTheTeaserGoAndAreLoggedOnEveryBuild(
            @InjectMojo(goal = "campaign", pom = ACKNOWLEDGED) CampaignMojo campaign) throws Exception {
        campaign.execute();

        JsonNode plan = plan();
        JsonNode teaser = null;
        for (JsonNode tweet : plan.get("tweets")) {
            assertEquals("ready", tweet.get("status").asText());
            if (tweet.get("findings").size() > 0) {
                teaser = tweet;
            }
        }
        assertTrue(teaser != null, "the marked paragraph is still a teaser");
        for (JsonNode finding : teaser.get("findings")) {
            assertTrue(finding.get("acknowledged").asBoolean(), finding.toPrettyString());
        }
        String logged = log.text();
        assertTrue(logged.contains("[WARNING] sepsis-case.md: teaser " + teaser.get("id").asText()
                + " goes out with acknowledged finding " + NAME_FINDING + " (name: \"Mr. Alvarez\")."), logged);
        assertTrue(logged.contains("acknowledged finding " + DATE_FINDING), logged);

        newMavenRun();
        int before = log.lines().size();
        campaign.execute();
        String again = String.join("\n", log.lines().subList(before, log.lines().size()));
        assertTrue(again.contains("[INFO] Campaign is up to date"), again);
        assertTrue(again.contains("[WARNING] sepsis-case.md: teaser " + teaser.get("id").asText()
                + " goes out with acknowledged finding " + NAME_FINDING), "said again when nothing changed: " + again);
    }

    @Test
    void aBlockedTeaserFailsEveryRunNotJustTheFirst(
            @InjectMojo(goal = "build", pom = BLOCKED) BuildMojo build,
            @InjectMojo(goal = "campaign", pom = BLOCKED) CampaignMojo campaign) throws Exception {
        build.execute();
        assertThrows(MojoFailureException.class, campaign::execute);
        newMavenRun();
        build.execute();

        MojoFailureException again = assertThrows(MojoFailureException.class, campaign::execute);

        assertTrue(again.getMessage().contains("(" + NAME_FINDING + ")"), again.getMessage());
    }

    @Test
    @UserProperty(name = "rounds.campaign.skip", value = "true")
    void roundsCampaignSkipSkipsAndSaysWhy(@InjectMojo(goal = "campaign", pom = BLOCKED) CampaignMojo campaign)
            throws Exception {
        campaign.execute();

        assertTrue(log.lines().contains("[INFO] Skipping rounds:campaign: rounds.campaign.skip is true."), log.text());
        assertFalse(Files.exists(target("rounds/campaign.json")));
    }

    @Test
    @UserProperty(name = "rounds.skip", value = "true")
    void roundsSkipSkipsTheCampaignToo(@InjectMojo(goal = "campaign", pom = BLOCKED) CampaignMojo campaign)
            throws Exception {
        campaign.execute();

        assertTrue(log.lines().contains("[INFO] Skipping Rounds: rounds.skip is true."), log.text());
        assertFalse(Files.exists(target("rounds/campaign.json")));
    }

    /** What a new "mvn" invocation starts with: nothing kept in the project's context from an earlier run. */
    private void newMavenRun() {
        mavenProject().setContextValue(BuildMojo.BUILT_BLOG, null);
        mavenProject().setContextValue(BuildMojo.SITE_STATE, null);
    }

    private JsonNode plan() throws IOException {
        return new ObjectMapper().readTree(target("rounds/campaign.json").toFile());
    }

    private static JsonNode only(JsonNode plan, String status) {
        List<JsonNode> matching = new ArrayList<>();
        plan.get("tweets").forEach(tweet -> {
            if (status.equals(tweet.get("status").asText())) {
                matching.add(tweet);
            }
        });
        assertEquals(1, matching.size(), plan.toPrettyString());
        return matching.get(0);
    }

    private static List<String> findingIds(JsonNode tweet) {
        List<String> ids = new ArrayList<>();
        tweet.get("findings").forEach(finding -> ids.add(finding.get("id").asText()));
        return ids;
    }
}
