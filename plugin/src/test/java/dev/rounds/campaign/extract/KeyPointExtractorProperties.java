package dev.rounds.campaign.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.source.AuthorTeaser;
import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Rules every extraction keeps, whatever the blocks: arbitrary kinds, texts, lead-ins, marks and sections. */
class KeyPointExtractorProperties {

    private static final KeyPointExtractor EXTRACTOR = new KeyPointExtractor();
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\[\\^?[\\p{L}\\p{N}_-]{1,12}]|\\^\\p{N}{1,3})");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u2060\\uFEFF]+");
    private static final Pattern LEAD_IN_END = Pattern.compile("[\\s:;,\\-–—]+$");

    @Property(tries = 400)
    void neverThrowsAndNeverGivesMoreThanMax(@ForAll("posts") PostContent post, @ForAll @IntRange(max = 12) int max) {
        assertTrue(EXTRACTOR.extract(post, max).size() <= max);
    }

    @Property(tries = 300)
    void sameInputGivesTheSameOutput(@ForAll("posts") PostContent post, @ForAll @IntRange(max = 12) int max) {
        assertEquals(EXTRACTOR.extract(post, max), new KeyPointExtractor().extract(post, max));
    }

    @Property(tries = 400)
    void pointsFollowTheOrderOfAuthority(@ForAll("posts") PostContent post) {
        List<Integer> ranks = EXTRACTOR.extract(post, 12).stream().map(p -> p.source().ordinal()).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks);
    }

    @Property(tries = 400)
    void everyPointIsTheAuthorsTeaserOrWordsOfThePost(@ForAll("posts") PostContent post) {
        for (KeyPoint point : EXTRACTOR.extract(post, 12)) {
            if (point.source() == TeaserSource.AUTHOR) {
                assertTrue(post.authorTeasers().stream().anyMatch(t -> t.text().equals(point.text())), point::text);
            } else {
                assertTrue(post.blocks().stream().anyMatch(b -> comesFrom(point.text(), b)),
                        () -> point.text() + " is in no block of " + post.blocks());
            }
        }
    }

    @Property(tries = 400)
    void noTwoPointsAreNearDuplicatesAndNoneIsTheTitle(@ForAll("posts") PostContent post) {
        List<String> texts = EXTRACTOR.extract(post, 12).stream().map(KeyPoint::text).toList();
        for (int a = 0; a < texts.size(); a++) {
            assertFalse(Words.comparable(texts.get(a)).equals(Words.comparable(post.title())), texts.get(a));
            for (int b = a + 1; b < texts.size(); b++) {
                assertFalse(Words.nearDuplicates(texts.get(a), texts.get(b)), texts.get(a) + " ~ " + texts.get(b));
            }
        }
    }

    @Property(tries = 200)
    void unresolvedTeasersLinkToThePostItself(@ForAll("posts") PostContent post) {
        List<AuthorTeaser> unresolved = EXTRACTOR.unresolvedSections(post);
        for (KeyPoint point : EXTRACTOR.extract(post, 12)) {
            if (point.source() == TeaserSource.AUTHOR && unresolved.stream().anyMatch(t -> t.text().equals(point.text()))
                    && post.authorTeasers().stream().filter(t -> t.text().equals(point.text())).count() == 1) {
                assertEquals("", point.sectionId());
            }
        }
    }

    /** The text is in the block (whitespace and footnote markers aside), or is the block's "Lead-in: rest". */
    private static boolean comesFrom(String text, ContentBlock block) {
        String point = normal(text);
        String blockText = normal(block.text());
        if (blockText.contains(point)) {
            return true;
        }
        String spacedPoint = SPACE.matcher(text).replaceAll(" ").strip();
        String leadIn = LEAD_IN_END.matcher(SPACE.matcher(block.leadIn()).replaceAll(" ").strip()).replaceAll("");
        if (leadIn.isEmpty() || !spacedPoint.startsWith(leadIn)) {
            return false;
        }
        String rest = normal(spacedPoint.substring(leadIn.length()).replaceFirst("^:?\\s*", ""));
        return rest.isEmpty() || blockText.contains(rest);
    }

    private static String normal(String text) {
        String spaced = SPACE.matcher(text).replaceAll(" ");
        return SPACE.matcher(FOOTNOTE.matcher(spaced).replaceAll("")).replaceAll(" ").strip();
    }

    @Provide
    Arbitrary<PostContent> posts() {
        Arbitrary<AuthorTeaser> teasers = Combinators.combine(texts(), sections(), Arbitraries.integers().between(0, 50))
                .as(AuthorTeaser::new);
        return Combinators.combine(
                        Arbitraries.oneOf(texts(), Arbitraries.of("Key points", "Statins in the elderly")),
                        Arbitraries.of("en", "es", "de", "fr", "", "zz-not-a-tag"),
                        teasers.list().ofMaxSize(3),
                        blocks().list().ofMaxSize(14))
                .as((title, language, authorTeasers, blocks) -> new PostContent(title, "", language, authorTeasers,
                        blocks));
    }

    private Arbitrary<ContentBlock> blocks() {
        return Builders.withBuilder(BlockDraft::new)
                .use(Arbitraries.of(Kind.values())).in((d, kind) -> d.kind(kind))
                .use(texts()).in((d, text) -> d.text(text))
                .use(sections()).in((d, section) -> d.section(section))
                .use(Arbitraries.integers().between(0, 400)).in((d, line) -> d.line(line))
                .use(Arbitraries.of(true, false, false, false)).in((d, marked) -> d.marked(marked))
                .use(Arbitraries.integers().between(-3, 4)).in((d, leadIn) -> d.leadInWords(leadIn))
                .build(BlockDraft::build);
    }

    private Arbitrary<String> sections() {
        return Arbitraries.of("", "evidence", "Key points", "References", "Fazit", "dosing", "#dosing", "Dosing");
    }

    /** Sentences made of clinical words, pointing words, abbreviations, markers, markup residue and odd whitespace. */
    private Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.of("statins", "reduce", "stroke", "risk", "in", "the", "elderly",
                        "patients", "is", "are", "we", "stopped", "dose", "kidney", "metformina", "riesgo", "Fazit",
                        "Evidence", "Dosing", "Key", "points", "über", "niño", "5", "80")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of("This", "It", "Also", "But", "Her", "Esto", "Dies")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(".", "?", "!", ":", "¿", "Dr.", "e.g.", "mg.", "etc.", "z. B.",
                        "vs.", "[1]", ".[2]", "^3", "[^4]", "—")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("{{", "{%", "<!--", "`code`", "|", "| a | b |")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(6)));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", " ", "\n", "\t", "\u00A0", "  ", ". ");
        return Combinators.combine(word, separator).as((w, s) -> w + s).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    /** A block under construction; the lead-in is the first few words of the text, or other words. */
    private static final class BlockDraft {
        private Kind kind = Kind.PARAGRAPH;
        private String text = "";
        private String section = "";
        private int line;
        private boolean marked;
        private int leadInWords;

        BlockDraft kind(Kind value) { kind = value; return this; }
        BlockDraft text(String value) { text = value; return this; }
        BlockDraft section(String value) { section = value; return this; }
        BlockDraft line(int value) { line = value; return this; }
        BlockDraft marked(boolean value) { marked = value; return this; }
        BlockDraft leadInWords(int value) { leadInWords = value; return this; }

        ContentBlock build() {
            String[] words = text.strip().split(" ");
            String leadIn = leadInWords > 0 && kind == Kind.LIST_ITEM
                    ? String.join(" ", List.of(words).subList(0, Math.min(leadInWords, words.length)))
                    : leadInWords == -3 ? "Start low" : "";
            String id = kind == Kind.HEADING ? section.replace("#", "").toLowerCase(java.util.Locale.ROOT) : section;
            return new ContentBlock(kind, text, id, kind == Kind.HEADING ? text : "", line, marked, leadIn);
        }
    }
}
