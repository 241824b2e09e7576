package dev.rounds.campaign.extract;

import dev.rounds.source.AuthorTeaser;
import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import java.util.List;
import java.util.Objects;

/**
 * Finds the points of a post worth a teaser, most authoritative first: the author's own teasers, then blocks the
 * author marked, then the post's structure (section headings with their best sentence, pull quotes and blockquotes,
 * key-point lists and bold lead-ins), then TextRank over all sentences for posts with little structure.
 *
 * <p>Sentences that lean on their context ("This is why we stopped.", answers to a question, fragments) and
 * questions are never a heading or ranked point of their own; epigraphs are never a point. An author teaser whose
 * section matches no heading links to the post itself ({@code sectionId} ""): see {@link #unresolvedSections}.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class KeyPointExtractor {

    private final SentenceSplitter splitter;

    public KeyPointExtractor() {
        this.splitter = new SentenceSplitter();
    }

    /**
     * Key points in order of authority then document order, at most {@code max}, no two near-duplicates (meaning-word
     * Jaccard at least 0.7) and none equal to the title. The same post always gives the same points.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public List<KeyPoint> extract(PostContent post, int max) {
        Objects.requireNonNull(post, "post");
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0: " + max);
        }
        Selection selection = new Selection(post.title(), max);
        selection.offerAll(AuthorPoints.from(post));
        if (selection.isFull()) {
            return selection.inAuthorityOrder();
        }
        AnalysedPost analysed = AnalysedPost.read(post, splitter);
        selection.offerAll(MarkedPoints.from(analysed));
        selection.offerFirstOf(HeadingPoints.from(analysed));
        selection.offerAll(QuotePoints.from(analysed));
        selection.offerAll(ListPoints.from(analysed));
        selection.offerAll(RankedPoints.from(analysed));
        return selection.inAuthorityOrder();
    }

    /**
     * The author's teasers whose {@code section} names neither a heading id nor a heading text of the post, so the
     * caller can warn; {@link #extract} links them to the post itself.
     */
    public List<AuthorTeaser> unresolvedSections(PostContent post) {
        return AuthorPoints.unresolved(Objects.requireNonNull(post, "post"));
    }
}
