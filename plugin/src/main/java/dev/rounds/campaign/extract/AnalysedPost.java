package dev.rounds.campaign.extract;

import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A post read once for extraction: which heading governs each block, which quotes are epigraphs, and every sentence
 * that may speak for the post, ranked.
 */
final class AnalysedPost {

    /** Best first; equal scores keep document order, so the same post always gives the same points. */
    static final Comparator<Sentence> BEST_FIRST = Comparator.comparingDouble(Sentence::score).reversed()
            .thenComparingInt(Sentence::blockIndex)
            .thenComparingInt(Sentence::indexInBlock);

    private final PostContent post;
    private final SentenceSplitter splitter;
    private final int[] headingOf;
    /** Per heading block, once asked ({@link #headingKind}): its kind's bits with {@link #KNOWN}; 0 not yet. */
    private final byte[] headingKind;
    private final int firstParagraph;
    private final List<Sentence> sentences;

    private AnalysedPost(PostContent post, SentenceSplitter splitter) {
        this.post = post;
        this.splitter = splitter;
        this.headingOf = governingHeadings(post.blocks());
        this.headingKind = new byte[post.blocks().size()];
        this.firstParagraph = firstParagraph(post.blocks());
        this.sentences = rank(collectSentences());
    }

    static AnalysedPost read(PostContent post, SentenceSplitter splitter) {
        return new AnalysedPost(post, splitter);
    }

    PostContent post() {
        return post;
    }

    SentenceSplitter splitter() {
        return splitter;
    }

    List<ContentBlock> blocks() {
        return post.blocks();
    }

    ContentBlock block(int index) {
        return post.blocks().get(index);
    }

    /** All sentences that may speak for the post, in document order. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** A quote before the post's first paragraph sets the mood; it is someone else's line, never a teaser. */
    boolean isEpigraph(int blockIndex) {
        Kind kind = block(blockIndex).kind();
        return (kind == Kind.QUOTE || kind == Kind.PULL_QUOTE) && blockIndex < firstParagraph;
    }

    /** The index of the heading a block falls under, or -1 before the first heading. */
    int headingOf(int blockIndex) {
        return headingOf[blockIndex];
    }

    boolean inKeyPointSection(int blockIndex) {
        int heading = headingOf[blockIndex];
        return heading >= 0 && (headingKind(heading) & KEY_POINTS) != 0;
    }

    boolean inReferenceSection(int blockIndex) {
        int heading = headingOf[blockIndex];
        return heading >= 0 && (headingKind(heading) & REFERENCES) != 0;
    }

    private static final int KEY_POINTS = 1;
    private static final int REFERENCES = 2;
    private static final int KNOWN = 4;

    /** What a heading names ({@link SectionNames}), found once for all the blocks under it (each sentence asks). */
    private int headingKind(int heading) {
        if (headingKind[heading] == 0) {
            String text = block(heading).text();
            headingKind[heading] = (byte) (KNOWN | (SectionNames.isKeyPoints(text) ? KEY_POINTS : 0)
                    | (SectionNames.isReferences(text) ? REFERENCES : 0));
        }
        return headingKind[heading];
    }

    /**
     * A block as one teaser: the whole block when it is one sentence or short, otherwise its best sentence that stands
     * alone, otherwise its first sentence.
     */
    Optional<Candidate> wholeOrBestSentence(int blockIndex, TeaserSource source) {
        ContentBlock block = block(blockIndex);
        String whole = TeaserText.clean(block.text());
        List<String> split = splitter.split(block.text(), post.language());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        if ((split.size() == 1 || whole.length() <= TeaserText.SHORT_ENOUGH) && !SentenceQuality.hasMarkup(whole)) {
            return Optional.of(candidate(blockIndex, 0, whole, Words.collapseWhitespace(block.text()), source));
        }
        Optional<Sentence> best = sentences.stream()
                .filter(s -> s.blockIndex() == blockIndex && s.eligible())
                .min(BEST_FIRST);
        if (best.isPresent()) {
            return best.map(s -> candidate(s, source));
        }
        String first = TeaserText.clean(split.get(0));
        return Optional.of(candidate(blockIndex, 0, first, Words.collapseWhitespace(split.get(0)), source));
    }

    Candidate candidate(Sentence sentence, TeaserSource source) {
        return candidate(sentence.blockIndex(), sentence.indexInBlock(), sentence.text(), sentence.original(), source);
    }

    Candidate candidate(int blockIndex, int indexInBlock, String text, String original, TeaserSource source) {
        ContentBlock block = block(blockIndex);
        KeyPoint point = new KeyPoint(text, block.sectionId(), source, block.line(), original);
        return new Candidate(point, blockIndex, indexInBlock);
    }

    private List<Sentence> collectSentences() {
        List<Sentence> collected = new ArrayList<>();
        String previous = null;
        for (int index = 0; index < blocks().size(); index++) {
            ContentBlock block = block(index);
            if (block.kind() == Kind.HEADING) {
                previous = block.text(); // a question heading is answered by the section's first sentence
                continue;
            }
            if (!block.kind().isProse() || isEpigraph(index) || inReferenceSection(index)) {
                continue;
            }
            List<String> split = splitter.split(block.text(), post.language());
            for (int inBlock = 0; inBlock < split.size(); inBlock++) {
                String original = split.get(inBlock);
                String text = TeaserText.clean(original);
                if (!text.isEmpty() && !SentenceQuality.hasMarkup(text)) {
                    // Tokenised once for the three questions that count words.
                    List<String> tokens = Words.tokens(text);
                    boolean standalone = !SentenceQuality.needsContext(text, tokens, previous, post.language());
                    collected.add(new Sentence(index, inBlock, text, Words.collapseWhitespace(original),
                            Words.contentWords(tokens), 0, standalone, SentenceQuality.isQuestion(text),
                            SentenceQuality.lengthFactor(text, tokens.size())));
                }
                previous = original;
            }
        }
        return collected;
    }

    private static List<Sentence> rank(List<Sentence> unranked) {
        List<Set<String>> words = unranked.stream().map(Sentence::words).toList();
        double[] scores = TextRank.rank(words);
        double best = 0;
        for (double score : scores) {
            best = Math.max(best, score);
        }
        List<Sentence> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            ranked.add(unranked.get(i).withRank(best > 0 ? scores[i] / best : 0));
        }
        return List.copyOf(ranked);
    }

    private static int[] governingHeadings(List<ContentBlock> blocks) {
        int[] headings = new int[blocks.size()];
        int current = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Kind.HEADING) {
                current = i;
            }
            headings[i] = current;
        }
        return headings;
    }

    private static int firstParagraph(List<ContentBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Kind.PARAGRAPH) {
                return i;
            }
        }
        return blocks.size();
    }
}
