package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Rules every composed teaser obeys, over random clinician-style key points and limits. */
class TeaserComposerProperties {

    private static final List<String> CONTENT_WORDS = List.of("patients", "pneumonia", "sepsis", "antibiotics",
            "outpatients", "community-acquired", "mortality", "guideline", "evidence", "doctors", "nurses", "trial",
            "randomised", "placebo", "dose", "metformin", "insulin", "stroke", "thrombolysis", "admission", "beds",
            "infection", "hospital", "diagnosis", "history", "examination", "imaging", "children", "adults", "risk",
            "mRNA", "eGFR", "COVID-19", "HbA1c", "don't", "can't", "well-being", "follow-up");
    private static final List<String> SMALL_WORDS = List.of("and", "or", "the", "of", "to", "a", "in", "with",
            "can", "be", "is", "are", "most", "many", "which", "because", "but", "for", "more", "than", "treated");
    /** Dose numbers never appear on their own, so a dose number in a teaser must still carry its unit. */
    private static final List<String> DOSE_NUMBERS = List.of("0.5", "2.5", "5", "10", "12.5", "40", "500", "1,000");
    private static final List<String> UNITS = List.of("mg", "mg/kg", "mL", "units", "mmHg", "days");
    private static final List<String> LEAD_INS = List.of("Fortunately,", "However,", "In short,", "Importantly,",
            "In fact,", "As a result,", "Of note,", "With that being said,");
    private static final List<String> LINKS_IN_TEXT = List.of("https://doi.org/10.1056/NEJMoa2034577",
            "www.nice.org.uk/guidance/ng51", "http://bit.ly/dJpywL");
    private static final List<String> POST_LINKS = List.of("https://example.org/p/1",
            "https://blog.example.org/2024/03/26/community-acquired-pneumonia-outpatients#when-to-admit",
            "https://drchen.blog/notes/sepsis");
    private static final List<String> HASHTAGS = List.of("#MedTwitter", "#sepsis", "#FOAMed", "IDTwitter",
            "#Pneumonia", "MedEd", "#CardioTwitter");
    /** Pieces that attach to what precedes them. */
    private static final List<String> PUNCTUATION = List.of(",", ";", ".", ":", " —", " -", "!", "?");
    private static final Set<String> DANGLING = Set.of("and", "or", "the", "of", "to", "a");
    private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|\"[^\"]*\"");

    @Property(tries = 400)
    void neverOverTheLimitAndCountedAsTwitterCountsIt(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll("tags") List<String> tags, @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, tags, maxLength).ifPresent(tweet -> {
            assertTrue(tweet.weightedLength() <= maxLength, tweet.text());
            assertEquals(TweetLength.weightedLength(tweet.text()), tweet.weightedLength());
            assertTrue(TweetLength.fits(tweet.text(), maxLength));
        });
    }

    @Property(tries = 400)
    void carriesTheLinkExactlyOnceAndIntact(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll("tags") List<String> tags, @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, tags, maxLength).ifPresent(tweet -> {
            assertEquals(List.of(url), new Extractor().extractURLs(tweet.text()), tweet.text());
            assertEquals(tweet.text().indexOf(url), tweet.text().lastIndexOf(url));
            assertTrue(tweet.text().contains(" " + url), "the link follows the text");
        });
    }

    @Property(tries = 400)
    void everyWordIsAWholeWordOfTheKeyPointOrAGivenHashtag(@ForAll("keyPoints") String keyPoint,
            @ForAll("links") String url, @ForAll("tags") List<String> tags,
            @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, tags, maxLength).ifPresent(tweet -> {
            Set<String> inputWords = new HashSet<>(comparableWords(keyPoint));
            for (String word : comparableWords(teaserText(tweet, url))) {
                assertTrue(inputWords.contains(word), "\"" + word + "\" is not a whole word of: " + keyPoint
                        + "\n  tweet: " + tweet.text());
            }
            String tail = tweet.text().substring(tweet.text().indexOf(" " + url) + url.length() + 1).strip();
            assertEquals(tail.isEmpty() ? List.of() : List.of(tail.split(" ")), tweet.hashtags());
            for (String hashtag : tweet.hashtags()) {
                assertTrue(tags.contains(hashtag) || tags.contains(hashtag.substring(1)), hashtag + " was not given");
            }
        });
    }

    @Property(tries = 400)
    void numbersKeepTheirUnits(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, List.of(), maxLength).ifPresent(tweet -> {
            List<String> words = List.of(teaserText(tweet, url).split(" "));
            for (int i = 0; i < words.size(); i++) {
                if (DOSE_NUMBERS.contains(words.get(i).replace(CutEnding.ELLIPSIS, ""))) {
                    assertTrue(i + 1 < words.size() && UNITS.contains(words.get(i + 1).replaceAll("\\p{P}+$", "")),
                            "a dose lost its unit: " + tweet.text());
                }
            }
        });
    }

    @Property(tries = 400)
    void quotationsAreKeptWholeOrDroppedWhole(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, List.of(), maxLength).ifPresent(tweet -> {
            String text = teaserText(tweet, url);
            assertEquals(count(text, '“'), count(text, '”'), "unbalanced curly quotes: " + text);
            assertEquals(0, count(text, '"') % 2, "unbalanced straight quotes: " + text);
            Matcher quotation = QUOTATION.matcher(text);
            while (quotation.find()) {
                assertTrue(keyPoint.contains(quotation.group()), "not a quotation of the key point: " + text);
            }
        });
    }

    @Property(tries = 400)
    void aCutNeverEndsOnADanglingWord(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        compose(keyPoint, url, List.of(), maxLength).ifPresent(tweet -> {
            String text = teaserText(tweet, url);
            if (text.endsWith(CutEnding.ELLIPSIS)) {
                String kept = text.substring(0, text.length() - 1);
                String lastWord = kept.substring(kept.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                assertFalse(DANGLING.contains(lastWord), "dangling before the ellipsis: " + text);
                assertFalse(kept.endsWith(",") || kept.endsWith(";") || kept.endsWith(" —"), text);
            }
        });
    }

    @Property(tries = 300)
    void sameInputSameTweet(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll("tags") List<String> tags, @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        assertEquals(compose(keyPoint, url, tags, maxLength), compose(keyPoint, url, tags, maxLength));
    }

    @Property(tries = 300)
    void shortenedOnlyWhenTheWholeKeyPointCannotFit(@ForAll("keyPoints") String keyPoint, @ForAll("links") String url,
            @ForAll @IntRange(min = 60, max = 280) int maxLength) {
        String whole = TeaserText.withoutLinks(TeaserText.normaliseWhitespace(keyPoint));
        boolean wholeFits = TweetLength.fits(whole + " " + url, maxLength);
        Optional<ComposedTweet> tweet = compose(keyPoint, url, List.of(), maxLength);

        assertTrue(tweet.isPresent(), "a key point that starts with a plain word always yields a teaser");
        assertEquals(!wholeFits, tweet.get().shortened());
        if (wholeFits) {
            assertEquals(whole + " " + url, tweet.get().text());
        }
    }

    /** Why hashtags are looked for in a tweet's text alone: the post's link adds none, even with an anchor's "#". */
    @Property(tries = 2000)
    void theLinkAddsNoHashtags(@ForAll("hashtagTexts") String text, @ForAll("links") String url) {
        Extractor extractor = new Extractor();
        assertEquals(extractor.extractHashtags(text), extractor.extractHashtags(text + " " + url), text);
    }

    @Provide
    Arbitrary<String> hashtagTexts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(CONTENT_WORDS), Arbitraries.of(HASHTAGS),
                Arbitraries.of(LINKS_IN_TEXT), Arbitraries.of(POST_LINKS), Arbitraries.of(" ", " ", "\n", "\u00A0",
                        "#", "＃", "#1", "##", "&", "/", ":", "://", ".", "e.g.", "example.com/#x", "\uFE0F", "\u20E3",
                        "é", "肺炎", "_", "-", "@nhs", "$TSLA"),
                Arbitraries.strings().withChars("abc#＃/.:_&1 ").ofMinLength(1).ofMaxLength(12));
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    private static Optional<ComposedTweet> compose(String keyPoint, String url, List<String> tags, int maxLength) {
        return new TeaserComposer(maxLength, 2).compose(keyPoint, url, tags);
    }

    private static String teaserText(ComposedTweet tweet, String url) {
        return tweet.text().substring(0, tweet.text().indexOf(" " + url));
    }

    /** Words without the ellipsis and surrounding punctuation, in lower case (a dropped lead-in capitalises). */
    private static List<String> comparableWords(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.replace(CutEnding.ELLIPSIS, " ").split("[\\s，；、。]+")) {
            String word = token.replaceAll("^[\\p{P}\\p{Z}]+|[\\p{P}\\p{Z}]+$", "").toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static long count(String text, char mark) {
        return text.chars().filter(c -> c == mark).count();
    }

    @Provide
    Arbitrary<String> links() {
        return Arbitraries.of(POST_LINKS);
    }

    @Provide
    Arbitrary<List<String>> tags() {
        return Arbitraries.of(HASHTAGS).list().ofMaxSize(4);
    }

    /** A plain opening word, then a mix of words, doses, years, links, quotations, asides, emoji and CJK. */
    @Provide
    Arbitrary<String> keyPoints() {
        Arbitrary<String> opening = Arbitraries.of(CONTENT_WORDS).map(TeaserText::capitaliseFirstWord);
        Arbitrary<String> leadIn = Arbitraries.of(LEAD_INS).injectNull(0.7).map(s -> s == null ? "" : s + " ");
        Arbitrary<String> body = piece().list().ofMinSize(0).ofMaxSize(70).map(TeaserComposerProperties::join);
        return Combinators.combine(leadIn, opening, body).as((lead, first, rest) -> lead + first + rest);
    }

    private static Arbitrary<String> piece() {
        Arbitrary<String> words = Arbitraries.oneOf(Arbitraries.of(CONTENT_WORDS), Arbitraries.of(SMALL_WORDS));
        Arbitrary<String> dose = Combinators.combine(Arbitraries.of(DOSE_NUMBERS), Arbitraries.of(UNITS))
                .as((number, unit) -> number + " " + unit);
        Arbitrary<String> year = Arbitraries.integers().between(1990, 2030).map(String::valueOf);
        Arbitrary<String> percent = Arbitraries.of("12.5%", "3%", "40%");
        Arbitrary<String> link = Arbitraries.of(LINKS_IN_TEXT);
        Arbitrary<String> hashtag = Arbitraries.of("#sepsis", "#MedTwitter");
        Arbitrary<String> phrase = words.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
        Arbitrary<String> quotation = Combinators.combine(Arbitraries.of("“%s”", "\"%s\"", "“%s,” said Dr. Chen",
                        "“%s” — William Osler", "\"%s\" - Osler"), phrase).as(String::formatted);
        Arbitrary<String> aside = Combinators.combine(Arbitraries.of("(%s)", "[%s]"), phrase).as(String::formatted);
        Arbitrary<String> emoji = Arbitraries.of("😷", "👩‍⚕️", "❤️", "🫁");
        Arbitrary<String> cjk = Arbitraries.of("肺炎", "患者", "医院获得性感染", "门诊治疗");
        Arbitrary<String> punctuation = Arbitraries.of(PUNCTUATION);
        return Arbitraries.frequencyOf(
                Tuple.of(40, words), Tuple.of(4, dose), Tuple.of(2, year),
                Tuple.of(2, percent), Tuple.of(1, link), Tuple.of(1, hashtag),
                Tuple.of(2, quotation), Tuple.of(2, aside), Tuple.of(2, emoji),
                Tuple.of(2, cjk), Tuple.of(10, punctuation));
    }

    /** Joins pieces with spaces, except that punctuation attaches to what precedes it. */
    private static String join(List<String> pieces) {
        StringBuilder text = new StringBuilder();
        for (String piece : pieces) {
            text.append(PUNCTUATION.contains(piece) ? piece : " " + piece);
        }
        return text.toString();
    }
}
