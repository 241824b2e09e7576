package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TeaserComposerExamplesTest {

    private static final String URL = "https://example.org/posts/community-acquired-pneumonia";
    private static final String PNEUMONIA = "Fortunately, most patients with community-acquired pneumonia (even those "
            + "over 65) can be treated as outpatients, which saves beds and reduces hospital-acquired infections.";

    /** Golden cases in {@code compose/shortening-examples.txt}: key point, limit and link in; teaser text out. */
    @TestFactory
    Stream<DynamicTest> goldenExamples() throws IOException {
        return readExamples().stream().map(example -> dynamicTest(example.get("name"), () -> {
            String url = example.get("url");
            Optional<ComposedTweet> tweet = new TeaserComposer(Integer.parseInt(example.get("max")), 0)
                    .compose(example.get("in"), url, List.of());
            String expected = example.get("out");
            if (expected.equals("<none>")) {
                assertEquals(Optional.empty(), tweet);
            } else {
                assertEquals(expected + " " + url, tweet.orElseThrow().text());
            }
        }));
    }

    @Test
    void theWholeKeyPointIsKeptWhenItFits() {
        ComposedTweet tweet = compose(PNEUMONIA, 280).orElseThrow();

        assertEquals(PNEUMONIA + " " + URL, tweet.text());
        assertFalse(tweet.shortened());
        assertEquals(TweetLength.weightedLength(tweet.text()), tweet.weightedLength());
    }

    @Test
    void theParentheticalGoesFirstWhileTheLeadInStays() {
        String expected = "Fortunately, most patients with community-acquired pneumonia can be treated as outpatients, "
                + "which saves beds and reduces hospital-acquired infections.";

        ComposedTweet tweet = compose(PNEUMONIA, limitFor(expected)).orElseThrow();

        assertEquals(expected + " " + URL, tweet.text());
        assertTrue(tweet.shortened());
    }

    @Test
    void theLeadInGoesNextAndTheTrailingClauseStays() {
        String expected = "Most patients with community-acquired pneumonia can be treated as outpatients, "
                + "which saves beds and reduces hospital-acquired infections.";

        assertEquals(expected + " " + URL, compose(PNEUMONIA, limitFor(expected)).orElseThrow().text());
    }

    @Test
    void theTrailingClauseGoesLastAndTheCutIsMarked() {
        ComposedTweet tweet = compose(PNEUMONIA, 140).orElseThrow();

        assertEquals("Most patients with community-acquired pneumonia can be treated as outpatients… " + URL,
                tweet.text());
        assertTrue(tweet.weightedLength() <= 140);
    }

    @Test
    void wordsGoOnlyWhenNoClauseBoundaryFits() {
        ComposedTweet tweet = compose(PNEUMONIA, 90).orElseThrow();

        assertEquals("Most patients with community-acquired pneumonia can be treated… " + URL, tweet.text());
    }

    @Test
    void aNumberIsNeverSeparatedFromItsUnit() {
        String dosing = "Most adults with type 2 diabetes tolerate metformin when it is titrated slowly to 2000 mg daily.";
        int roomForTheNumberAlone = limitFor("Most adults with type 2 diabetes tolerate metformin when it is titrated "
                + "slowly to 2000…");

        String text = compose(dosing, roomForTheNumberAlone).orElseThrow().text();

        assertEquals("Most adults with type 2 diabetes tolerate metformin when it is titrated slowly… " + URL, text);
    }

    @Test
    void anAttributionStaysWithItsQuotationWhenItFits() {
        String quoted = "“Listen to your patient,” said Dr. Osler; the history still gives the diagnosis in most "
                + "patients who present to general practice with chest pain.";

        String text = compose(quoted, 100).orElseThrow().text();

        assertEquals("“Listen to your patient,” said Dr. Osler… " + URL, text);
    }

    @Test
    void hashtagsAreAddedWholeInOrderWhereTheyFit() {
        String keyPoint = "Most patients with pneumonia can be treated at home.";
        int roomForOneTag = TweetLength.weightedLength(keyPoint + " " + URL + " #Pneumonia") + 3;

        ComposedTweet tweet = new TeaserComposer(roomForOneTag, 3)
                .compose(keyPoint, URL, List.of("#Pneumonia", "#InfectiousDiseases", "Med"))
                .orElseThrow();

        assertEquals(List.of("#Pneumonia"), tweet.hashtags());
        assertEquals(keyPoint + " " + URL + " #Pneumonia", tweet.text());
        assertFalse(tweet.shortened(), "the text is never shortened to make room for hashtags");
    }

    @Test
    void aShorterLaterHashtagMayTakeTheRoomALongerOneCouldNot() {
        String keyPoint = "Most patients with pneumonia can be treated at home.";
        int limit = TweetLength.weightedLength(keyPoint + " " + URL + " #Med");

        ComposedTweet tweet = new TeaserComposer(limit, 3)
                .compose(keyPoint, URL, List.of("#InfectiousDiseases", "#Med"))
                .orElseThrow();

        assertEquals(List.of("#Med"), tweet.hashtags());
    }

    @Test
    void hashtagsStopAtTheLimitSkipRepeatsAndSkipWhatTwitterWouldNotLink() {
        ComposedTweet tweet = new TeaserComposer(280, 2)
                .compose("Sepsis kills more than #stroke does.", URL,
                        List.of("#Stroke", "not a tag", "Sepsis", "#sepsis", "MedEd", "FOAMed"))
                .orElseThrow();

        assertEquals(List.of("#Sepsis", "#MedEd"), tweet.hashtags());
        assertTrue(tweet.text().endsWith(URL + " #Sepsis #MedEd"));
    }

    @Test
    void noHashtagsWhenNoneAreAllowed() {
        ComposedTweet tweet = new TeaserComposer(280, 0).compose("Short.", URL, List.of("#Sepsis")).orElseThrow();

        assertEquals(List.of(), tweet.hashtags());
        assertEquals("Short. " + URL, tweet.text());
    }

    @Test
    void whitespaceIsNormalised() {
        ComposedTweet tweet = compose("  Most\u00A0patients\n\nrecover\tat home. ", 140).orElseThrow();

        assertEquals("Most patients recover at home. " + URL, tweet.text());
    }

    @Test
    void emptyWhenNotEvenOneWordFitsBesideTheLink() {
        assertEquals(Optional.empty(), compose("Pneumonia is common.", 24));
        assertEquals(Optional.empty(), compose("   ", 140));
        assertEquals(Optional.empty(), compose("https://example.com/only-a-link", 140));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TeaserComposer(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TeaserComposer(281, 1));
        assertThrows(IllegalArgumentException.class, () -> new TeaserComposer(140, -1));
        TeaserComposer composer = new TeaserComposer(140, 1);
        assertThrows(IllegalArgumentException.class, () -> composer.compose("Text.", " ", List.of()));
        assertThrows(IllegalArgumentException.class, () -> composer.compose("Text.", "https://a.org/c d", List.of()));
        assertThrows(IllegalArgumentException.class, () -> composer.compose("Text.", "https://blog.invalidtld/p", List.of()));
        assertThrows(NullPointerException.class, () -> composer.compose(null, URL, List.of()));
    }

    private static Optional<ComposedTweet> compose(String keyPoint, int maxLength) {
        return new TeaserComposer(maxLength, 0).compose(keyPoint, URL, List.of());
    }

    /** The tightest limit at which {@code teaserText} plus the link fits. */
    private static int limitFor(String teaserText) {
        return TweetLength.weightedLength(teaserText + " " + URL);
    }

    private static List<Map<String, String>> readExamples() throws IOException {
        String all;
        try (InputStream in = TeaserComposerExamplesTest.class.getResourceAsStream("/compose/shortening-examples.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Map<String, String>> examples = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : all.split("\n")) {
            if (line.startsWith("== ")) {
                current = new HashMap<>();
                current.put("name", line.substring(3));
                examples.add(current);
            } else if (current != null && line.contains(": ")) {
                int colon = line.indexOf(": ");
                current.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        assertFalse(examples.isEmpty(), "no examples read");
        return examples;
    }
}
