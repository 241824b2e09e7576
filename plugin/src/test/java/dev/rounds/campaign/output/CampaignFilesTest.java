package dev.rounds.campaign.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.campaign.Campaign;
import dev.rounds.campaign.GuardFinding;
import dev.rounds.campaign.ScheduledTweet;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.site.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's files are written as they are made, hold what the in-memory writers make, keep unchanged bytes. */
class CampaignFilesTest {

    private final Templates templates = new Templates(null, getClass().getClassLoader());

    @TempDir
    Path work;

    @Test
    void theStreamedCalendarIsIcal4jsOwnTextOfTheWholeCalendar() {
        Campaign campaign = campaign(40);

        String streamed = new CampaignCalendar().write(campaign);

        assertEquals(new CampaignCalendar().calendar(campaign).toString(), streamed);
        assertTrue(streamed.contains("STATUS:CANCELLED"), "a blocked teaser's event is cancelled");
        assertEquals(40, streamed.split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void theFilesHoldWhatTheWritersMakeAndAnUnchangedFileKeepsItsTime() throws Exception {
        Campaign campaign = campaign(CampaignPreview.ONE_PAGE + 60);

        new CampaignFiles().write(campaign, work, templates, "Ward Notes", "templates-1", "key-1");

        assertArrayEquals(new CampaignJson().bytes(campaign), Files.readAllBytes(work.resolve(CampaignFiles.PLAN)));
        assertEquals(new CampaignCsv().write(campaign), read(CampaignFiles.CSV));
        assertEquals(new CampaignCalendar().write(campaign), read(CampaignFiles.CALENDAR));
        assertTrue(read(CampaignFiles.PREVIEW).contains("Ward Notes"));
        assertEquals(List.of(), leftovers(), "no temporary file is left behind");
        // Made with the mode any new file gets here (not owner-only, as temporary files are): a blogger who copies
        // or serves the files finds them readable like the rest of target/.
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(work.resolve("usual")));
        for (String file : List.of(CampaignFiles.PLAN, CampaignFiles.CSV, CampaignFiles.CALENDAR,
                CampaignFiles.PREVIEW)) {
            assertEquals(usual, Files.getPosixFilePermissions(work.resolve(file)), file);
        }
        Files.delete(work.resolve("usual"));

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String file : List.of(CampaignFiles.PLAN, CampaignFiles.CSV, CampaignFiles.CALENDAR)) {
            Files.setLastModifiedTime(work.resolve(file), old);
        }
        // Another key (say the settings changed) but the same tweets: the files are made again and found the same.
        new CampaignFiles().write(campaign, work, templates, "Ward Notes", "templates-1", "key-2");
        for (String file : List.of(CampaignFiles.PLAN, CampaignFiles.CSV, CampaignFiles.CALENDAR)) {
            assertEquals(old, Files.getLastModifiedTime(work.resolve(file)), file + " keeps its time");
        }

        Campaign fewer = campaign(30);
        new CampaignFiles().write(fewer, work, templates, "Ward Notes", "templates-1", "key-3");
        assertArrayEquals(new CampaignJson().bytes(fewer), Files.readAllBytes(work.resolve(CampaignFiles.PLAN)));
        assertEquals(new CampaignCalendar().write(fewer), read(CampaignFiles.CALENDAR));
        assertTrue(Files.getLastModifiedTime(work.resolve(CampaignFiles.CSV)).compareTo(old) > 0,
                "a changed file is replaced");
        assertEquals(List.of(), leftovers());
    }

    /**
     * A write that fails part way leaves no layout of pieces behind (the files it describes may have changed), and
     * the calendar written beside it has finished when the failure is reported; the next write makes whole files.
     */
    @Test
    void aFailedWriteLeavesNoLayoutToCopyFrom() throws Exception {
        List<ScheduledTweet> tweets = EditedCampaigns.campaign(300);
        Campaign first = new Campaign("https://notes.example.org/", 140, tweets);
        new CampaignFiles().write(first, work, templates, "Ward Notes", "templates-1", "key-1",
                EditedCampaigns.planDigests(tweets));
        assertTrue(Files.isRegularFile(work.resolve(TweetFragments.FILE)), "the first write keeps its layout");

        List<ScheduledTweet> edited = new ArrayList<>(tweets);
        edited.set(7, EditedCampaigns.edit(tweets.get(7), 0, 1));
        Campaign second = new Campaign("https://notes.example.org/", 140, edited);
        // campaign.csv cannot be replaced: a folder with a file in it stands where it goes.
        Files.delete(work.resolve(CampaignFiles.CSV));
        Files.createDirectories(work.resolve(CampaignFiles.CSV).resolve("in-the-way"));
        assertThrows(RuntimeException.class, () -> new CampaignFiles().write(second, work, templates, "Ward Notes",
                "templates-1", "key-2", EditedCampaigns.planDigests(edited)));
        assertFalse(Files.exists(work.resolve(TweetFragments.FILE)), "no layout survives a failed write");
        assertEquals(new CampaignCalendar().write(second), read(CampaignFiles.CALENDAR),
                "the calendar was finished before the failure was reported");

        Files.delete(work.resolve(CampaignFiles.CSV).resolve("in-the-way"));
        Files.delete(work.resolve(CampaignFiles.CSV));
        new CampaignFiles().write(second, work, templates, "Ward Notes", "templates-1", "key-2",
                EditedCampaigns.planDigests(edited));
        assertArrayEquals(new CampaignJson().bytes(second), Files.readAllBytes(work.resolve(CampaignFiles.PLAN)));
        assertEquals(new CampaignCsv().write(second), read(CampaignFiles.CSV));
        assertEquals(new CampaignCalendar().write(second), read(CampaignFiles.CALENDAR));
    }

    /**
     * The next write knows each preview page's mark from {@link CampaignFiles#MARKS} while the page's file has the
     * size and time the last write left, without opening it: a marks file that says a page already holds the new mark
     * leaves the page as it is (so the marks are what decides), and once the file's time is not what the marks say,
     * its first line is read and the page made again. A marks file of another format is not read, and a write
     * leaves one that names every page.
     */
    @Test
    void previewPagesStillAsTheLastWriteLeftThemAreKnownByTheirMarks() throws Exception {
        Campaign campaign = campaign(CampaignPreview.ONE_PAGE + 60);
        new CampaignFiles().write(campaign, work, templates, "Ward Notes", "templates-1", "key-1");
        Path marks = work.resolve(CampaignFiles.MARKS);
        List<String> lines = Files.readAllLines(marks);
        assertEquals("rounds-preview-marks-1", lines.get(0));
        try (Stream<Path> pages = Files.list(work.resolve("preview"))) {
            assertEquals(pages.count(), lines.size() - 1, "every page has its mark");
        }
        String index = read(CampaignFiles.PREVIEW);

        // The same campaign under another title: every page's mark is new.
        Path indexFile = work.resolve(CampaignFiles.PREVIEW);
        String newMark = markOf("Rounds Notes", campaign);
        String oldMark = index.substring("<!-- rounds-preview ".length(), index.indexOf(" -->"));
        List<String> claimed = lines.stream().map(line -> line.endsWith(" index.html")
                ? line.replace(oldMark, newMark) : line).toList();
        Files.write(marks, claimed);
        new CampaignFiles().write(campaign, work, templates, "Rounds Notes", "templates-1", "key-2");
        assertEquals(index, read(CampaignFiles.PREVIEW), "the marks say the index holds the new mark");
        assertTrue(read("preview/posts-1.html").contains("Rounds Notes"), "a page the marks do not vouch for is made");

        // The last write noted the claimed mark with the index's size and time; the time changes.
        Files.setLastModifiedTime(indexFile, FileTime.fromMillis(1_000_000_000_000L));
        new CampaignFiles().write(campaign, work, templates, "Rounds Notes", "templates-1", "key-3");
        assertTrue(read(CampaignFiles.PREVIEW).contains("Rounds Notes"), "a file with another time is read");

        Files.write(marks, List.of("rounds-preview-marks-0"));
        new CampaignFiles().write(campaign, work, templates, "Ward Notes", "templates-1", "key-4");
        assertTrue(read(CampaignFiles.PREVIEW).contains("Ward Notes"));
        assertEquals(lines.size(), Files.readAllLines(marks).size());
    }

    /** The mark {@link CampaignFiles} gives the index of this campaign's preview under this title. */
    private String markOf(String title, Campaign campaign) {
        Path other = work.resolve("other");
        new CampaignFiles().write(campaign, other, templates, title, "templates-1", "key-other");
        try {
            String page = Files.readString(other.resolve(CampaignFiles.PREVIEW));
            return page.substring("<!-- rounds-preview ".length(), page.indexOf(" -->"));
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    @Test
    void aPreviewPageKeyIsTheDigestOfItsTextWithoutMakingIt() {
        List<ScheduledTweet> tweets = campaign(12).tweets();
        List<Object> nulls = new ArrayList<>();
        nulls.add(null);
        nulls.add("Ménière’s 😷");
        List<Object> shown = List.of(List.of(), tweets.subList(0, 3), "x", List.of(tweets.subList(3, 12), nulls));

        for (Object one : List.of(shown, tweets, "plain", List.of())) {
            assertEquals(dev.rounds.core.Sha256.hex("index.html\u0000Ward Notes\u0000" + one),
                    CampaignPreview.key("index.html\u0000Ward Notes\u0000", one));
        }
    }

    private String read(String file) throws Exception {
        return Files.readString(work.resolve(file), StandardCharsets.UTF_8);
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> all = Files.walk(work)) {
            return all.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static Campaign campaign(int count) {
        List<ScheduledTweet> tweets = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            int post = i / 5;
            boolean blocked = post == 3 && i % 5 == 0;
            List<GuardFinding> findings = blocked ? List.of(new GuardFinding("name:1234abcd", "name", "titled-name",
                    "Mr. Alvarez", "Replace the name.", false)) : List.of();
            String url = "https://notes.example.org/2026/03/post-" + post + "/";
            tweets.add(new ScheduledTweet("p" + post + "-" + (i % 5), "post-" + post + ".md", "Post " + post
                    + " — \"café\" rounds", "Teaser " + i + ": Ménière’s disease, 5–10 mg, \"quoted\", "
                    + "a line that runs on long enough for a calendar to fold it. " + url, url,
                    start.plusHours(12L * i), 90, 140, TeaserSource.HEADING, "Teaser " + i + ".",
                    blocked ? ScheduledTweet.Status.BLOCKED : ScheduledTweet.Status.READY, findings, i % 5));
        }
        return new Campaign("https://notes.example.org/", 140, tweets);
    }
}
