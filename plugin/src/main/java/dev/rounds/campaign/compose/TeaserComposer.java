package dev.rounds.campaign.compose;

import dev.rounds.core.TwitterLinks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a teaser tweet from a key point: the text (shortened if it must be), one link to the post, then hashtags
 * where they fit. Never longer than the limit as Twitter counts it ({@link TweetLength}). Immutable, so one
 * composer may serve many threads.
 */
public final class TeaserComposer {

    private final int maxLength;
    private final HashtagPicker hashtags;
    /** Links already found to be one link each: a post's teasers share a few links, each checked once. */
    private final Set<String> wholeLinks = ConcurrentHashMap.newKeySet();

    /**
     * @param maxLength the longest weighted length a tweet may have, 1 to {@value TweetLength#MAX_LIMIT}
     *                  (Rounds' default is {@value TweetLength#DEFAULT_LIMIT})
     * @param maxHashtags how many hashtags a tweet may carry at most, 0 for none
     */
    public TeaserComposer(int maxLength, int maxHashtags) {
        this.maxLength = TweetLength.requireLimit(maxLength);
        if (maxHashtags < 0) {
            throw new IllegalArgumentException("maxHashtags must be >= 0: " + maxHashtags);
        }
        this.hashtags = new HashtagPicker(maxHashtags);
    }

    /**
     * Composes {@code keyPoint + " " + url}, then {@code " #Tag"} for each hashtag that fits. Links inside the key
     * point are removed (the tweet carries exactly one); the key point is shortened only as far as it must be.
     *
     * @param url the post's (or section's) link, placed once, after the text; Twitter must recognise it as a link
     * @param candidateHashtags tags in order of preference, with or without their {@code #}
     * @return the tweet, or empty when even the shortest honest form of the key point cannot fit
     */
    public Optional<ComposedTweet> compose(String keyPoint, String url, List<String> candidateHashtags) {
        Objects.requireNonNull(keyPoint, "keyPoint");
        if (!wholeLinks.contains(url)) {
            requireLink(url);
            if (wholeLinks.size() > 10_000) {
                wholeLinks.clear(); // a blog's links are many, but only a post's few are asked about together
            }
            wholeLinks.add(url);
        }
        List<String> candidates = List.copyOf(candidateHashtags);
        String text = TeaserText.withoutLinks(TeaserText.normaliseWhitespace(keyPoint));
        if (!TeaserText.hasWords(text)) {
            return Optional.empty();
        }
        String link = " " + url;
        TweetLength.Memo lengths = new TweetLength.Memo();
        return new Shortener(body -> lengths.fits(body + link, maxLength)).shorten(text).map(result -> {
            String withLink = result.text() + link;
            List<String> tags = hashtags.pick(result.text(), link, candidates, tweet -> lengths.fits(tweet, maxLength));
            String tweet = tags.isEmpty() ? withLink : withLink + " " + String.join(" ", tags);
            return new ComposedTweet(tweet, lengths.weightedLength(tweet), result.shortened(), tags);
        });
    }

    private static void requireLink(String url) {
        Objects.requireNonNull(url, "url");
        if (!TwitterLinks.urls(url).equals(List.of(url))) {
            throw new IllegalArgumentException("Twitter would not see \"" + url + "\" as one link; a teaser's link "
                    + "must be a single absolute URL with a public domain, without spaces");
        }
    }
}
