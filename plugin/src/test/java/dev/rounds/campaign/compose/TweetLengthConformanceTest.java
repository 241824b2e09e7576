package dev.rounds.campaign.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs Twitter's own length conformance cases (twitter-text's {@code validate.yml}, kept outside the project in
 * {@code shared/conformance/}) through {@link TweetLength}, one dynamic test per case.
 */
class TweetLengthConformanceTest {

    /** Under the folder that system property {@code rounds.shared} names; surefire sets it to {@code ../../shared}. */
    private static final String SHARED_FILE = "conformance/twitter-text-validate.yml";

    /**
     * Legacy cases written for the old rule (140 code points) that Rounds' rule (weighted length at most 140) rejects
     * on purpose: 140 CJK characters or 140 emoji weigh 280 today. Twitter accepts them only under its 280 limit.
     * They are asserted to still diverge in exactly that way, so this list cannot go stale silently.
     */
    private static final Set<String> DOUBLE_WEIGHT_LEGACY_CASES = Set.of(
            "Valid Tweet: 140 characters (double byte characters)",
            "Valid Tweet: 140 characters (double word characters)");

    @TestFactory
    Stream<DynamicNode> weightedLengthAndValidity() throws IOException {
        Optional<Path> file = conformanceFile();
        if (file.isEmpty()) {
            // A single aborted test, so the report shows the skip and why (an aborted factory shows nothing).
            return Stream.of(dynamicTest("twitter-text conformance", () -> Assumptions.abort(
                    "Skipped: the shared conformance folder is absent (no " + SHARED_FILE + " under the folder named "
                            + "by system property rounds.shared: " + System.getProperty("rounds.shared") + ")")));
        }
        Map<String, List<Map<String, Object>>> sections = loadSections(file.get());
        return Stream.of(
                weightedSection(sections, "WeightedTweetsCounterTest", twitterTextV2()),
                weightedSection(sections, "WeightedTweetsWithDiscountedEmojiCounterTest", null),
                weightedSection(sections, "UnicodeDirectionalMarkerCounterTest", null),
                legacySection(sections));
    }

    /**
     * Twitter's own ports run {@code WeightedTweetsCounterTest} under configuration v2 (emoji counted code point by
     * code point) and the other two under v3, so do we; validity is checked against Twitter's 280 limit with v3.
     *
     * @param configuration the configuration for the length, or null for Rounds' default (v3)
     */
    private static DynamicNode weightedSection(Map<String, List<Map<String, Object>>> sections, String name,
                                               TwitterTextConfiguration configuration) {
        Stream<DynamicTest> cases = cases(sections, name).stream().map(testCase -> {
            String text = (String) testCase.get("text");
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) testCase.get("expected");
            return dynamicTest(description(testCase), () -> {
                int length = configuration == null
                        ? TweetLength.weightedLength(text)
                        : TweetLength.weightedLength(text, configuration);
                assertEquals(expected.get("weightedLength"), length, "weightedLength");
                assertEquals(expected.get("valid"), TweetLength.fits(text, TweetLength.MAX_LIMIT), "valid");
            });
        });
        return dynamicContainer(name, cases);
    }

    private static DynamicNode legacySection(Map<String, List<Map<String, Object>>> sections) {
        Stream<DynamicTest> cases = cases(sections, "tweets").stream().map(testCase -> {
            String text = (String) testCase.get("text");
            boolean expected = (Boolean) testCase.get("expected");
            String description = description(testCase);
            if (DOUBLE_WEIGHT_LEGACY_CASES.contains(description)) {
                return dynamicTest(description + " [double-weight: rejected at 140 by design]", () -> {
                    assertTrue(expected, "the legacy file calls it valid");
                    assertEquals(2 * text.codePointCount(0, text.length()), TweetLength.weightedLength(text));
                    assertFalse(TweetLength.fits(text, TweetLength.DEFAULT_LIMIT));
                    assertTrue(TweetLength.fits(text, TweetLength.MAX_LIMIT));
                });
            }
            return dynamicTest(description,
                    () -> assertEquals(expected, TweetLength.fits(text, TweetLength.DEFAULT_LIMIT), "valid at 140"));
        });
        return dynamicContainer("tweets (legacy, at Rounds' 140 limit)", cases);
    }

    private static List<Map<String, Object>> cases(Map<String, List<Map<String, Object>>> sections, String name) {
        List<Map<String, Object>> cases = sections.get(name);
        assertNotNull(cases, "the conformance file has no section " + name);
        assertFalse(cases.isEmpty(), "section " + name + " is empty");
        return cases;
    }

    private static String description(Map<String, Object> testCase) {
        return (String) testCase.get("description");
    }

    private static Optional<Path> conformanceFile() {
        String shared = System.getProperty("rounds.shared");
        return Optional.ofNullable(shared).map(folder -> Path.of(folder).resolve(SHARED_FILE)).filter(Files::isRegularFile);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> loadSections(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> root = yaml.load(Files.readString(file));
        return (Map<String, List<Map<String, Object>>>) root.get("tests");
    }

    /** twitter-text's configuration v2: the v3 weights without emoji parsing. This jar ships no v2 factory. */
    private static TwitterTextConfiguration twitterTextV2() {
        TwitterTextConfiguration v3 = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        return new TwitterTextConfiguration.Builder()
                .setVersion(2)
                .setMaxWeightedTweetLength(v3.getMaxWeightedTweetLength())
                .setScale(v3.getScale())
                .setDefaultWeight(v3.getDefaultWeight())
                .setRanges(v3.getRanges())
                .setTransformedURLLength(v3.getTransformedURLLength())
                .setEmojiParsingEnabled(false)
                .build();
    }
}
