package dev.rounds.campaign;

import dev.rounds.build.BuildFingerprint;
import dev.rounds.core.Sha256;
import dev.rounds.site.Post;
import dev.rounds.site.TagRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The key of a post's plan: a digest of every input the plan reads (the post's file, which holds its words, dates,
 * tags, front-matter teasers and acknowledgements; what the site's settings make of it; the campaign settings; the site
 * URL; the plugin's build) and nothing else. Maps are
 * sorted first, so the key is the same in every JVM.
 */
final class PlanKeys {

    private final String settingsPart;

    /** SHA-256 fed with {@link #settingsPart} once; each key continues a copy of it. */
    private final MessageDigest afterSettings;

    PlanKeys(CampaignSettings settings, String siteUrl, String mode) {
        this.settingsPart = String.join("\u0001", String.valueOf(settings.maxLength()),
                String.valueOf(settings.maxHashtags()), String.valueOf(settings.maxTeasersPerPost()),
                new TreeMap<>(settings.hashtags()).toString(), String.valueOf(settings.utm()), settings.utmSource(),
                settings.utmMedium(), settings.cadence().toString(), String.valueOf(settings.campaignSince()),
                siteUrl, mode, BuildFingerprint.codeOf(PlanKeys.class));
        afterSettings = Sha256.digester();
        afterSettings.update(settingsPart.getBytes(StandardCharsets.UTF_8));
    }

    /** The settings part of every key. */
    String settings() {
        return settingsPart;
    }

    String of(Post post) {
        StringBuilder text = new StringBuilder(256);
        // The digest stands for the post's file (words, front matter) and its clock flags; the rest is what the
        // build's settings add (language, title, path), so a post's plan is found without rendering its body.
        for (Object part : new Object[] {post.digest(), post.source(), post.title(), post.lang()}) {
            text.append('\u0000').append(part);
        }
        // The date as its seconds and nanoseconds: an ISO text goes through a formatter on Java 17, at about a
        // kilobyte of garbage a post.
        text.append('\u0000');
        if (post.date() != null) {
            text.append(post.date().toEpochSecond()).append('.').append(post.date().getNano());
        }
        for (Object part : new Object[] {post.route(), post.slug(), post.draft(), post.scheduled(), post.page()}) {
            text.append('\u0000').append(part);
        }
        // A tag by what the series reads of it (its name and slug, for hashtags), written out: a record's own
        // toString goes through String.format on Java 17, which cost more than the rest of the key.
        text.append('\u0000').append(post.tags().size());
        for (TagRef tag : post.tags()) {
            text.append('\u0001').append(tag.name()).append('\u0001').append(tag.slug());
        }
        // The same digest as of settingsPart + text (the settings part ends in hex digits, so no character is split).
        try {
            MessageDigest sha = (MessageDigest) afterSettings.clone();
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException notThisOne) {
            return Sha256.hex(settingsPart + text);
        }
    }
}
