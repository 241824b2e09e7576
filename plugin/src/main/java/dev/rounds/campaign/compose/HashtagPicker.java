package dev.rounds.campaign.compose;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Chooses which candidate hashtags to append: in the order given, whole or not at all, as many as fit and the
 * limit allows. A hashtag the text already carries, a repeat, or one Twitter would not link is skipped.
 */
final class HashtagPicker {

    private final int maxHashtags;
    /**
     * Whether Twitter links each tag asked about, by the tag: a post's tags are asked about for every teaser, and
     * twitter-text's hashtag search was the larger part of picking. Few distinct tags; shared by the planning threads.
     */
    private final Map<String, Boolean> linkable = new ConcurrentHashMap<>();

    HashtagPicker(int maxHashtags) {
        this.maxHashtags = maxHashtags;
    }

    /**
     * @param text the tweet's text, before its link
     * @param link a space and the one link that ends the tweet (Twitter sees the URL as one link on its own)
     * @param candidates tags with or without their {@code #}
     * @param fits whether a tweet is within the limit
     * @return the chosen tags, each with its {@code #}
     */
    List<String> pick(String text, String link, List<String> candidates, Predicate<String> fits) {
        Extractor extractor = new Extractor();
        Set<String> seen = new HashSet<>();
        // The tweet's hashtags are the text's own: a "#" in the link (a section's anchor) is part of the link, which
        // Twitter does not read as a hashtag. Asking about the text alone skips both of twitter-text's searches
        // whenever the text has no "#" (TeaserComposerProperties holds the two to be the same).
        extractor.extractHashtags(text).forEach(tag -> seen.add(tag.toLowerCase(Locale.ROOT)));
        List<String> picked = new ArrayList<>();
        StringBuilder withTags = new StringBuilder(text).append(link);
        for (String candidate : candidates) {
            if (picked.size() >= maxHashtags) {
                break;
            }
            String tag = candidate.strip();
            tag = tag.startsWith("#") ? tag.substring(1) : tag;
            if (!linkable.computeIfAbsent(tag, t -> extractor.extractHashtags("#" + t).equals(List.of(t)))
                    || !seen.add(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String longer = withTags + " #" + tag;
            if (fits.test(longer)) {
                withTags.append(" #").append(tag);
                picked.add("#" + tag);
            }
        }
        return List.copyOf(picked);
    }
}
