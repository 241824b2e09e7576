package dev.rounds.campaign.output;

import com.fasterxml.jackson.core.JsonFactory;
import dev.rounds.build.BuildFingerprint;
import dev.rounds.campaign.Campaign;
import dev.rounds.core.AtomicFiles;
import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import dev.rounds.core.Sha256;
import dev.rounds.site.Templates;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the campaign's files into Rounds' working folder: campaign.json (the plan rounds:publish reads),
 * campaign.csv, campaign.ics and the preview pages under preview/. Each is replaced atomically and only when its bytes
 * changed; a preview page is not even rendered when what it shows did not change.
 */
public final class CampaignFiles {

    public static final String PLAN = "campaign.json";
    public static final String CSV = "campaign.csv";
    public static final String CALENDAR = "campaign.ics";
    public static final String PREVIEW = "preview/index.html";
    /** What the last write wrote, beside the files. */
    public static final String STAMP = "campaign-files.txt";
    /**
     * Each preview page's mark (the key its first line holds) with the page's size and time after the last write,
     * beside the files: a page still so on disk is known to hold that mark without being opened.
     */
    public static final String MARKS = "campaign-preview-marks.txt";
    private static final String MARKS_FORMAT = "rounds-preview-marks-1";

    private static final String PREVIEW_FOLDER = "preview";

    /**
     * The code that makes a tweet's bytes in the three files: Rounds', Jackson's (campaign.json) and ical4j's
     * (campaign.ics), which a blog may override in its plugin's dependencies. Fragments made by other code are not
     * copied.
     */
    private static String fragmentsCode() {
        return BuildFingerprint.codeOf(CampaignFiles.class) + " " + BuildFingerprint.codeOf(JsonFactory.class) + " "
                + BuildFingerprint.codeOf(net.fortuna.ical4j.model.Calendar.class);
    }
    private static final String PAGE_MARK = "<!-- rounds-preview ";

    /**
     * Where each file went.
     *
     * @param files every file written or kept, relative to the folder (the preview's pages included)
     */
    public record Written(Path plan, Path csv, Path calendar, Path preview, List<String> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the files, unless the last write was of the same campaign with the same templates and its files are
     * still as it left them (a stamp in the folder says so): a plan whose tweets did not change costs no writing.
     *
     * @param templatesKey what the preview's templates are (their digest): a new template makes a new preview
     */
    public Written write(Campaign campaign, Path directory, Templates templates, String blogTitle,
                         String templatesKey) {
        return write(campaign, directory, templates, blogTitle, templatesKey, Sha256.hex(campaign.toString()));
    }

    /**
     * Likewise, for a campaign whose key is known (the planner's campaign key: the same key, the same tweets), which
     * spares making the text of every tweet to find it.
     */
    public Written write(Campaign campaign, Path directory, Templates templates, String blogTitle,
                         String templatesKey, String campaignKey) {
        return write(campaign, directory, templates, blogTitle, templatesKey, campaignKey, null);
    }

    /**
     * Likewise, with the digest of each post's plan, by the post's path ({@link CampaignPreview#CampaignPreview(
     * CampaignPreview.Memo, Map)}): the preview's pages are keyed from those instead of from every tweet's text.
     */
    public Written write(Campaign campaign, Path directory, Templates templates, String blogTitle,
                         String templatesKey, String campaignKey, Map<String, String> planDigests) {
        Path stampFile = directory.resolve(STAMP);
        String key = Sha256.hex("rounds-campaign-files-3\u0000" + templatesKey + "\u0000" + blogTitle + "\u0000"
                + campaignKey);
        Optional<RunStamp> last = RunStamp.read(stampFile)
                .filter(stamp -> stamp.holds(key, Instant.EPOCH, directory));
        if (last.isPresent()) {
            return written(directory, new ArrayList<>(last.get().outputs().keySet()));
        }
        RunStamp.delete(stampFile);
        // The tweets that were in the last files as they are now are copied from them (a post edited changes a
        // handful of a large campaign's tweets); the layout that says where they lie is gone until all are written.
        TweetFragments fragments = TweetFragments.read(directory, fragmentsCode());
        TweetFragments.forget(directory);
        Map<String, Mark> lastMarks = readMarks(directory.resolve(MARKS));
        Map<String, String> marks = new ConcurrentHashMap<>();
        TweetFragments.Key[] keys = TweetFragments.keys(campaign, planDigests);
        int[] places = fragments.places(keys);
        // The calendar (ical4j) is the slowest of the four to make: it is written on another core while the rest are.
        // Each file goes to disk as it is made: a large campaign's files are tens of megabytes, which held whole in
        // memory (and then copied into bytes) made the heap double at the end of a run.
        CompletableFuture<TweetFragments.Layout> calendar = CompletableFuture.supplyAsync(() ->
                fragments.write(directory, CALENDAR, new CampaignCalendar(), campaign, places));
        TweetFragments.Layout plan;
        TweetFragments.Layout csv;
        List<String> files = new ArrayList<>(List.of(PLAN, CSV, CALENDAR));
        try {
            plan = fragments.write(directory, PLAN, new CampaignJson(), campaign, places);
            csv = fragments.write(directory, CSV, new CampaignCsv(), campaign, places);
            for (String page : writePages(new CampaignPreview(null, planDigests), campaign,
                    directory.resolve(PREVIEW_FOLDER), templates, blogTitle, List.of(), templatesKey, lastMarks,
                    marks)) {
                files.add(PREVIEW_FOLDER + "/" + page);
            }
        } catch (RuntimeException | Error failed) {
            // The calendar is not left writing after this run has failed; what it failed with goes along.
            try {
                calendar.join();
            } catch (CompletionException alsoFailed) {
                failed.addSuppressed(alsoFailed.getCause());
            }
            throw failed;
        }
        try {
            fragments.save(directory, keys, List.of(plan, csv, calendar.join()));
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        Map<String, RunStamp.FileState> states = RunStamp.snapshotFiles(directory, files);
        new RunStamp(key, RunStamp.DAWN, RunStamp.NEVER, campaign.tweets().size() + " tweets", List.of(), false,
                states).write(stampFile);
        writeMarks(directory.resolve(MARKS), marks, states);
        return written(directory, files);
    }

    /**
     * Writes the preview alone into {@code folder} (rounds:serve), marking the series of drafts and future posts;
     * pages whose content did not change since the last call are not rendered again.
     *
     * @param memo the last call's page keys (see {@link CampaignPreview.Memo}), kept by the caller between calls
     */
    public void writePreview(Campaign campaign, Path folder, Templates templates, String blogTitle,
                             List<String> unpublished, String templatesKey, CampaignPreview.Memo memo) {
        Objects.requireNonNull(memo, "memo");
        memo.writingInto(folder);
        boolean written = false;
        try {
            writePages(new CampaignPreview(memo), campaign, folder, templates, blogTitle, unpublished, templatesKey,
                    Map.of(), null);
            written = true;
        } finally {
            if (!written) {
                memo.forgetMarks();
            }
        }
    }

    private static Written written(Path directory, List<String> files) {
        files.sort(null);
        return new Written(directory.resolve(PLAN), directory.resolve(CSV), directory.resolve(CALENDAR),
                directory.resolve(PREVIEW), files);
    }

    /**
     * Writes the preview's pages into {@code folder}, rendering only those whose content changed (each page starts
     * with a comment holding its key), and removes pages (of months, of series) the preview no longer has.
     *
     * @param lastMarks each page's mark with its file's size and time after the last write ({@link #MARKS}): a page
     *     whose file is still so is not opened to read its mark
     * @param written where each page's mark goes, by its name (null: nowhere)
     * @return the pages' file names
     */
    private static List<String> writePages(CampaignPreview preview, Campaign campaign, Path folder,
                                           Templates templates, String title, List<String> unpublished,
                                           String templatesKey, Map<String, Mark> lastMarks,
                                           Map<String, String> written) {
        List<CampaignPreview.Page> pages = preview.pages(campaign, title, unpublished);
        CampaignPreview.Memo marks = preview.memo();
        pages.parallelStream().forEach(page -> {
            Path file = folder.resolve(page.file());
            String mark = PAGE_MARK + Sha256.hex(templatesKey + "\u0000" + page.key()) + " -->\n";
            if (written != null) {
                written.put(page.file(), mark);
            }
            if (marks != null && marks.marked(page.file(), mark)) {
                return;
            }
            Mark last = lastMarks.get(page.file());
            if (last != null && last.mark().equals(mark) && last.state().equals(RunStamp.stateOf(file))) {
                return;
            }
            if (!mark.equals(firstLine(file) + "\n")) {
                replaceText(file, out -> {
                    out.write(mark);
                    templates.render("campaign-preview.ftlh", page.model().get(), out);
                });
            }
            if (marks != null) {
                marks.mark(page.file(), mark);
            }
        });
        Set<String> names = pages.stream().map(CampaignPreview.Page::file).collect(Collectors.toSet());
        if (marks != null) {
            marks.keepMarks(names);
        }
        try (Stream<Path> old = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path stale : old.filter(path -> path.getFileName().toString().endsWith(".html"))
                    .filter(path -> !names.contains(path.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        } catch (IOException failed) {
            throw new RoundsException("Cannot tidy " + folder + ": " + failed.getMessage(), failed);
        }
        return pages.stream().map(CampaignPreview.Page::file).toList();
    }

    /** A page's mark, and the size and time its file had when the mark was last known to be its first line. */
    private record Mark(String mark, RunStamp.FileState state) {
    }

    /** The marks the last write left ({@link #MARKS}), by page name; none when there are none or they are unreadable. */
    private static Map<String, Mark> readMarks(Path file) {
        Map<String, Mark> marks = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!MARKS_FORMAT.equals(in.readLine())) {
                return Map.of();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ", 4);
                if (parts.length != 4) {
                    return Map.of();
                }
                marks.put(parts[3], new Mark(PAGE_MARK + parts[2] + " -->\n",
                        new RunStamp.FileState(Long.parseLong(parts[0]), Long.parseLong(parts[1]))));
            }
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return Map.of();
        } finally {
            // Gone while the pages are written: a write that fails half way leaves no marks to mislead the next.
            try {
                Files.deleteIfExists(file);
            } catch (IOException failed) {
                throw new RoundsException("Cannot remove " + file + ": " + failed.getMessage(), failed);
            }
        }
        return marks;
    }

    /**
     * Writes each page's mark with its file's size and time as the stamp saw them ({@code states}, by path). The marks
     * only spare reading: a file that cannot be written is left out, and the next write reads each page's first line.
     */
    private static void writeMarks(Path file, Map<String, String> marks, Map<String, RunStamp.FileState> states) {
        StringBuilder text = new StringBuilder(MARKS_FORMAT).append('\n');
        marks.forEach((page, mark) -> {
            RunStamp.FileState state = states.get(PREVIEW_FOLDER + "/" + page);
            if (state != null && page.indexOf('\n') < 0 && page.indexOf('\r') < 0) {
                text.append(state.size()).append(' ').append(state.modified()).append(' ')
                        .append(mark, PAGE_MARK.length(), mark.length() - " -->\n".length()).append(' ')
                        .append(page).append('\n');
            }
        });
        try {
            AtomicFiles.write(file, stream -> stream.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException unwritable) {
            // Nothing was written in its place (the write is atomic): no marks.
        }
    }

    private static String firstLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException missingOrUnreadable) {
            return "";
        }
    }

    /** Makes a file's content on an output stream. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes a file's text on a writer (UTF-8). */
    @FunctionalInterface
    private interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private static void replaceText(Path file, Text text) {
        replace(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes the content to a new file beside {@code file}, then moves it over {@code file} atomically unless the two
     * have the same bytes: an unchanged file keeps its time. A failure leaves {@code file} as it was.
     */
    private static void replace(Path file, Content content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = AtomicFiles.beside(file);
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) {
                    content.writeTo(out);
                }
                if (Files.isRegularFile(file) && Files.mismatch(temp, file) == -1) {
                    return;
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
