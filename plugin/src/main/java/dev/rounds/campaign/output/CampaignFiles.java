package dev.rounds.campaign.output;

import dev.rounds.campaign.Campaign;
import dev.rounds.core.RoundsException;
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

    public Written write(Campaign campaign, Path directory, Templates templates, String blogTitle) {
        Path plan = directory.resolve(PLAN);
        Path csv = directory.resolve(CSV);
        Path calendar = directory.resolve(CALENDAR);
        Path preview = directory.resolve(PREVIEW);
        replace(plan, new CampaignJson().write(campaign));
        replace(csv, new CampaignCsv().write(campaign));
        replace(calendar, new CampaignCalendar().write(campaign));
        replace(preview, new CampaignPreview().write(campaign, templates, blogTitle, java.util.List.of()));
        return new Written(plan, csv, calendar, preview);
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
