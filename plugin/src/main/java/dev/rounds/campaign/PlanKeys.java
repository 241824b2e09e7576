package dev.rounds.campaign;

import dev.rounds.build.BuildFingerprint;
import dev.rounds.core.Sha256;
import dev.rounds.site.Post;
import java.util.TreeMap;

/**
 * The key of a post's plan: a digest of every input the plan reads (the post's words, dates, tags, front-matter
 * teasers and acknowledgements; the campaign settings; the site URL; the plugin's build) and nothing else. Maps are
 * sorted first, so the key is the same in every JVM.
 */
final class PlanKeys {

    private final String settingsPart;

    PlanKeys(CampaignSettings settings, String siteUrl, String mode) {
        this.settingsPart = String.join("\u0001", String.valueOf(settings.maxLength()),
                String.valueOf(settings.maxHashtags()), String.valueOf(settings.maxTeasersPerPost()),
                new TreeMap<>(settings.hashtags()).toString(), String.valueOf(settings.utm()), settings.utmSource(),
                settings.utmMedium(), settings.cadence().toString(), String.valueOf(settings.campaignSince()),
                siteUrl, mode, BuildFingerprint.codeOf(PlanKeys.class));
    }

    /** The settings part of every key. */
    String settings() {
        return settingsPart;
    }

    String of(Post post) {
        StringBuilder text = new StringBuilder(settingsPart);
        for (Object part : new Object[] {post.source(), post.title(), post.description(), post.lang(),
                post.date() == null ? "" : post.date().toInstant(), post.route(), post.slug(), post.draft(),
                post.scheduled(), post.page(), post.tags(), post.headings(), post.blocks(),
                post.frontMatter().tweets(), post.frontMatter().acknowledged(), post.frontMatter().campaign()}) {
            text.append('\u0000').append(part);
        }
        return digest(text.toString());
    }

    private static String digest(String text) {
        return Sha256.hex(text);
    }
}
