package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.core.RoundsException;
import dev.rounds.core.RunStamp;
import dev.rounds.core.Sha256;
import dev.rounds.site.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the campaign's files into Rounds' working folder: campaign.json (the plan rounds:publish reads),
 * campaign.csv, campaign.ics and preview/index.html. Each is replaced atomically and only when its bytes changed.
 */
public final class CampaignFiles {

    public static final String PLAN = "campaign.json";
    public static final String PREVIEW = "preview/index.html";
    public static final String CSV = "campaign.csv";
    /** What the last write wrote, beside the files. */
    public static final String STAMP = "campaign-files.txt";
    public static final String CALENDAR = "campaign.ics";

    /** The files {@link #write} makes, relative to its folder, with {@code others} the caller keeps beside them. */
    public static java.util.List<String> outputs(String... others) {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(PLAN, CSV, CALENDAR, PREVIEW));
        names.addAll(java.util.List.of(others));
        return names;
    }

    /** Where each file went. */
    public record Written(Path plan, Path csv, Path calendar, Path preview) {
    }

    /**
     * Writes the four files, unless the last write was of the same campaign with the same templates and its files
     * are still as it left them (a stamp in the folder says so): a plan whose tweets did not change costs no writing.
     *
     * @param templatesKey what the preview's templates are (their digest): a new template makes a new preview
     */
    public Written write(Campaign campaign, Path directory, Templates templates, String blogTitle,
                         String templatesKey) {
        Path plan = directory.resolve(PLAN);
        Path csv = directory.resolve(CSV);
        Path calendar = directory.resolve(CALENDAR);
        Path preview = directory.resolve(PREVIEW);
        Written written = new Written(plan, csv, calendar, preview);
        Path stampFile = directory.resolve(STAMP);
        String key = Sha256.hex("rounds-campaign-files-1\u0000" + templatesKey + "\u0000" + blogTitle + "\u0000"
                + campaign);
        if (RunStamp.read(stampFile).filter(last -> last.holds(key, java.time.Instant.EPOCH, directory)).isPresent()) {
            return written;
        }
        RunStamp.delete(stampFile);
        replace(plan, new CampaignJson().write(campaign));
        replace(csv, new CampaignCsv().write(campaign));
        replace(calendar, new CampaignCalendar().write(campaign));
        replace(preview, new CampaignPreview().write(campaign, templates, blogTitle, java.util.List.of()));
        new RunStamp(key, RunStamp.DAWN, RunStamp.NEVER, campaign.tweets().size() + " tweets", java.util.List.of(),
                false, RunStamp.snapshotFiles(directory, outputs())).write(stampFile);
        return written;
    }

    /** Writes the preview page alone (rounds:serve), marking the series of drafts and future posts. */
    public void writePreview(Campaign campaign, Path file, Templates templates, String blogTitle,
                             java.util.List<String> unpublished) {
        replace(file, new CampaignPreview().write(campaign, templates, blogTitle, unpublished));
    }

    private static void replace(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }
}
