package dev.rounds.campaign.extract;

import static dev.rounds.campaign.extract.Posts.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rounds.source.AuthorTeaser;
import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import dev.rounds.campaign.TeaserSource;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyPointExtractorTest {

    private static final KeyPointExtractor EXTRACTOR = new KeyPointExtractor();

    /** A realistic post with every kind of structure, so authority can be seen at work. */
    private static PostContent deprescribingPost() {
        return post("Deprescribing statins in the very old")
                .teaser("Stopping a statin at 90 is a decision, not an oversight.", "")
                .teaser("Our three-question check before every statin renewal.", "How we decide")
                .teaser("What the trials never told us about frailty.", "#evidence")
                .teaser("A teaser for a section that was renamed.", "Old heading")
                .paragraph("Mrs. T is 91, lives alone and takes eleven tablets a day.")
                .paragraph("Her statin was started in 1998 after a minor stroke.")
                .heading("Evidence")
                .paragraph("Few trials enrolled anyone over 80, and none enrolled frail patients.")
                .paragraph("This is why we were unsure.")
                .markedParagraph("Absence of evidence in the very old is not evidence of benefit.")
                .pullQuote("Every tablet is a small daily burden for a frail patient.")
                .heading("How we decide")
                .paragraph("We ask three questions before renewing any statin in a patient over 85.")
                .item("Goals", "Goals: does the patient still want prevention?")
                .item("Time", "Time: will she live long enough to benefit?")
                .heading("Key points")
                .item("Statin trials rarely included frail patients over 80.")
                .item("Deprescribing is an active decision shared with the patient.")
                .build();
    }

    @Test
    void pointsComeInOrderOfAuthorityThenDocumentOrder() {
        List<KeyPoint> points = EXTRACTOR.extract(deprescribingPost(), 20);

        List<TeaserSource> sources = points.stream().map(KeyPoint::source).toList();
        assertEquals(sources.stream().sorted().toList(), sources, "sources must follow the order of authority");
        assertEquals(List.of(
                        "Stopping a statin at 90 is a decision, not an oversight.",
                        "Our three-question check before every statin renewal.",
                        "What the trials never told us about frailty.",
                        "A teaser for a section that was renamed.",
                        "Absence of evidence in the very old is not evidence of benefit."),
                points.stream().limit(5).map(KeyPoint::text).toList());
        assertEquals(TeaserSource.MARKER, points.get(4).source());
        assertTrue(sources.containsAll(List.of(TeaserSource.HEADING, TeaserSource.QUOTE, TeaserSource.LIST)));
    }

    @Test
    void authorTeasersLinkToTheSectionTheyNameByTextOrId() {
        List<KeyPoint> points = EXTRACTOR.extract(deprescribingPost(), 4);

        assertEquals(List.of("", "how-we-decide", "evidence", ""), points.stream().map(KeyPoint::sectionId).toList());
        assertEquals(List.of(2, 3, 4, 5), points.stream().map(KeyPoint::line).toList());
        assertTrue(points.stream().allMatch(p -> p.source() == TeaserSource.AUTHOR));
        assertEquals(List.of("Old heading"),
                EXTRACTOR.unresolvedSections(deprescribingPost()).stream().map(AuthorTeaser::section).toList());
    }

    @Test
    void maxKeepsTheMostAuthoritativePoints() {
        List<KeyPoint> points = EXTRACTOR.extract(deprescribingPost(), 5);

        assertEquals(5, points.size());
        assertEquals(TeaserSource.MARKER, points.get(4).source());
        assertEquals(List.of(), EXTRACTOR.extract(deprescribingPost(), 0));
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.extract(deprescribingPost(), -1));
    }

    @Test
    void headingPointIsTheSectionsStandaloneSentenceNotTheOneThatPointsBack() {
        PostContent post = post("Why we stopped the anticoagulation trial")
                .paragraph("Our unit ran a small pragmatic trial of early anticoagulation after stroke.")
                .heading("Why we stopped")
                .paragraph("This is why we stopped.")
                .paragraph("The interim analysis showed excess intracranial bleeding in the early treatment arm.")
                .build();

        List<KeyPoint> points = EXTRACTOR.extract(post, 10);

        KeyPoint heading = only(points, TeaserSource.HEADING);
        assertEquals("The interim analysis showed excess intracranial bleeding in the early treatment arm.",
                heading.text());
        assertEquals("why-we-stopped", heading.sectionId());
        assertTrue(points.stream().noneMatch(p -> p.text().startsWith("This is why")), points::toString);
    }

    @Test
    void epigraphIsNeverATeaserButALaterQuoteIs() {
        String epigraph = "The good physician treats the disease; the great physician treats the patient who has "
                + "the disease.";
        PostContent post = post("Treating the patient, not the number")
                .quote(epigraph)
                .paragraph("Targets for blood pressure were written for trial populations, not for the person "
                        + "in front of you.")
                .paragraph("A systolic of 150 in a frail 88-year-old may be the safest number she can have.")
                .quote("Treat to the patient's goals, not to the guideline's target.")
                .build();

        List<KeyPoint> points = EXTRACTOR.extract(post, 10);

        assertTrue(points.stream().noneMatch(p -> p.text().contains("great physician")), points::toString);
        assertEquals("Treat to the patient's goals, not to the guideline's target.", only(points, TeaserSource.QUOTE).text());
    }

    @Test
    void markedEpigraphIsStillNotATeaser() {
        PostContent post = post("On listening")
                .pullQuote("Listen to your patient; he is telling you the diagnosis.")
                .paragraph("Most diagnoses in primary care are made from the history alone.")
                .build();
        List<KeyPoint> points = EXTRACTOR.extract(post, 10);
        assertTrue(points.stream().noneMatch(p -> p.text().startsWith("Listen")), points::toString);
    }

    @Test
    void keyPointItemsAndBoldLeadInsAreListPointsInDocumentOrder() {
        List<KeyPoint> lists = EXTRACTOR.extract(deprescribingPost(), 20).stream()
                .filter(p -> p.source() == TeaserSource.LIST).toList();

        assertEquals(List.of(
                        "Goals: does the patient still want prevention?",
                        "Time: will she live long enough to benefit?",
                        "Statin trials rarely included frail patients over 80.",
                        "Deprescribing is an active decision shared with the patient."),
                lists.stream().map(KeyPoint::text).toList());
        assertEquals(Set.of("how-we-decide", "key-points"),
                lists.stream().map(KeyPoint::sectionId).collect(Collectors.toSet()));
    }

    @Test
    void headingFallsBackToTheSectionsNextSentenceWhenTheBestIsAlreadyMarked() {
        List<KeyPoint> points = EXTRACTOR.extract(deprescribingPost(), 20);
        List<String> headingTexts = points.stream().filter(p -> p.source() == TeaserSource.HEADING)
                .map(KeyPoint::text).toList();
        assertEquals(List.of("Few trials enrolled anyone over 80, and none enrolled frail patients.",
                "We ask three questions before renewing any statin in a patient over 85."), headingTexts);
    }

    @Test
    void postWithoutHeadingsGivesRankedStandaloneSentencesFromThePost() {
        List<String> paragraphs = List.of(
                "Night-time cramps are common in older adults and rarely dangerous.",
                "They wake people up and ruin sleep.",
                "Quinine used to be the usual prescription for night-time cramps in older adults.",
                "It is no longer recommended because of rare but serious blood disorders.",
                "Why do cramps happen at night?",
                "Nobody really knows.",
                "Daily calf stretching before bed reduces night-time cramps in older adults.",
                "Also check the medication list.",
                "Diuretics and statins can both cause cramps, so review them first.");
        Posts builder = post("Night cramps in older adults");
        paragraphs.forEach(builder::paragraph);

        List<KeyPoint> points = EXTRACTOR.extract(builder.build(), 10);

        assertFalse(points.isEmpty());
        Set<String> opening = Set.of("this", "it", "these", "that", "he", "she", "they", "those", "such", "here",
                "so", "but", "and", "also");
        for (KeyPoint point : points) {
            assertEquals(TeaserSource.RANKED, point.source());
            assertTrue(paragraphs.contains(point.text()), () -> point.text() + " is not a sentence of the post");
            String first = point.text().split("[^\\p{L}]+")[0].toLowerCase(java.util.Locale.ROOT);
            assertFalse(opening.contains(first), () -> point.text() + " leans on its context");
            assertFalse(point.text().endsWith("?"), () -> point.text() + " is a question");
        }
        assertEquals(points.size(), points.stream().map(KeyPoint::text).distinct().count());
        assertFalse(points.stream().anyMatch(p -> p.text().equals("Nobody really knows.")), "an answer to a question");
        assertTrue(points.stream().anyMatch(p -> p.text().startsWith("Daily calf stretching")), points::toString);
        assertEquals(points.stream().sorted(java.util.Comparator.comparingInt(KeyPoint::line)).toList(), points,
                "ranked points are returned in document order");
    }

    @Test
    void rankedPrefersTheSentenceTheRestOfThePostIsAbout() {
        PostContent post = post("Cramps")
                .paragraph("Night-time cramps in older adults respond to calf stretching before bed.")
                .paragraph("Calf stretching before bed takes two minutes.")
                .paragraph("Older adults with night-time cramps often sleep badly.")
                .paragraph("My clinic is on the second floor of the health centre building.")
                .build();
        List<KeyPoint> best = EXTRACTOR.extract(post, 1);
        assertEquals(List.of("Night-time cramps in older adults respond to calf stretching before bed."),
                best.stream().map(KeyPoint::text).toList());
    }

    @Test
    void abbreviationsKeepAClinicalSentenceWhole() {
        PostContent post = post("Dosing in kidney disease")
                .paragraph("Dr. Smith recommends 5 mg. daily vs. placebo, e.g. in CKD. Prof. Jones disagrees with "
                        + "that dose in dialysis patients.")
                .build();
        List<String> texts = EXTRACTOR.extract(post, 5).stream().map(KeyPoint::text).toList();
        assertTrue(texts.contains("Dr. Smith recommends 5 mg. daily vs. placebo, e.g. in CKD."), texts::toString);
        assertTrue(texts.contains("Prof. Jones disagrees with that dose in dialysis patients."), texts::toString);
    }

    @Test
    void spanishPostSplitsOnItsOwnPunctuationAndSkipsReplies() {
        PostContent post = post("Metformina y función renal")
                .language("es")
                .paragraph("La Dra. Ruiz revisó 200 pacientes con metformina y enfermedad renal crónica.")
                .paragraph("¿Hay que suspenderla siempre? No en todos los casos.")
                .heading("Puntos clave")
                .item("La metformina puede mantenerse con un filtrado glomerular superior a 30.")
                .item("Revise la función renal cada seis meses.")
                .build();

        List<KeyPoint> points = EXTRACTOR.extract(post, 10);
        List<String> texts = points.stream().map(KeyPoint::text).toList();

        assertEquals(List.of("La metformina puede mantenerse con un filtrado glomerular superior a 30.",
                        "Revise la función renal cada seis meses."),
                points.stream().filter(p -> p.source() == TeaserSource.LIST).map(KeyPoint::text).toList());
        assertTrue(texts.contains("La Dra. Ruiz revisó 200 pacientes con metformina y enfermedad renal crónica."),
                texts::toString);
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("¿") || t.startsWith("No en todos")), texts::toString);
    }

    @Test
    void germanAndSpanishSummaryHeadingsAreRecognised() {
        for (String heading : List.of("Fazit", "Kernaussagen", "En resumen", "Take-home points", "Bottom line:",
                "Clinical pearls", "Key takeaways")) {
            PostContent post = post("Hypertonie im Alter")
                    .paragraph("Blood pressure targets in the very old are a matter of judgement.")
                    .heading(heading)
                    .item("Measure standing blood pressure in every patient over 80.")
                    .build();
            List<KeyPoint> points = EXTRACTOR.extract(post, 1);
            assertEquals(TeaserSource.LIST, points.get(0).source(), heading);
        }
    }

    @Test
    void oneLongSummaryListGivesItsFirstItemsUpToMax() {
        Posts builder = post("Twelve things I learned in my first year as a GP")
                .paragraph("My first year in general practice taught me more than medical school did.")
                .heading("Take-home points");
        List<String> items = List.of(
                "Listen for the second complaint at the door.",
                "Safety-net every consultation out loud.",
                "Check the medication list at every review.",
                "Write the plan in the patient's own words.",
                "Phone the lab when a result surprises you.",
                "Book follow-up before the patient leaves.",
                "Ask about alcohol in every new patient.",
                "Examine the feet of every diabetic patient yearly.",
                "Learn the names of the receptionists.",
                "Never renew a benzodiazepine without seeing the patient.",
                "Keep a list of interesting cases for teaching.",
                "Take your lunch break away from the desk.");
        items.forEach(builder::item);

        List<KeyPoint> points = EXTRACTOR.extract(builder.build(), 5);

        assertEquals(items.subList(0, 5), points.stream().map(KeyPoint::text).toList());
        assertTrue(points.stream().allMatch(p -> p.source() == TeaserSource.LIST && p.sectionId().equals("take-home-points")));
    }

    @Test
    void longBoldLeadInItemFallsBackToTheLeadInWithItsFirstSentence() {
        PostContent post = post("Starting insulin")
                .item("Start low.", "Start low. Begin with ten units of basal insulin at bedtime. Increase by two units "
                        + "every three days until the fasting glucose is in range, and stop if there is any hypo.")
                .item("Titrate", "Titrate: two units every three days.")
                .build();
        List<String> texts = EXTRACTOR.extract(post, 5).stream().filter(p -> p.source() == TeaserSource.LIST)
                .map(KeyPoint::text).toList();
        assertEquals(List.of("Start low. Begin with ten units of basal insulin at bedtime.",
                "Titrate: two units every three days."), texts);
    }

    @Test
    void neverTheTitleNorANearDuplicateNorMarkupResidue() {
        PostContent post = post("Statins reduce stroke risk in diabetes")
                .markedParagraph("Statins reduce stroke risk in diabetes.")
                .markedParagraph("Statins lower the risk of stroke in people with diabetes by a quarter.")
                .markedParagraph("Statins lower the risk of stroke in people with diabetes by a fifth.")
                .markedParagraph("Check the liver enzymes before starting any statin.")
                .paragraph("Use the shortcode {{< tweet 12345 >}} to embed the original trial announcement.")
                .paragraph("Run `mvn rounds:preview` to see the statin tables before you publish them.")
                .build();

        List<String> texts = EXTRACTOR.extract(post, 10).stream().map(KeyPoint::text).toList();

        assertEquals(List.of("Statins lower the risk of stroke in people with diabetes by a quarter.",
                "Check the liver enzymes before starting any statin."), texts);
    }

    @Test
    void trailingFootnoteMarkersAreStripped() {
        PostContent post = post("Stroke prevention")
                .paragraph("Statins cut the risk of a second stroke by about a fifth.[1]")
                .paragraph("Blood pressure control matters even more than cholesterol after a stroke[^2].")
                .build();
        List<String> texts = EXTRACTOR.extract(post, 5).stream().map(KeyPoint::text).toList();
        assertEquals(List.of("Statins cut the risk of a second stroke by about a fifth.",
                "Blood pressure control matters even more than cholesterol after a stroke."), texts);
    }

    @Test
    void sameInputGivesTheSameOutput() {
        KeyPointExtractor another = new KeyPointExtractor();
        assertEquals(EXTRACTOR.extract(deprescribingPost(), 20), another.extract(deprescribingPost(), 20));
    }

    private static KeyPoint only(List<KeyPoint> points, TeaserSource source) {
        List<KeyPoint> matching = points.stream().filter(p -> p.source() == source).toList();
        assertEquals(1, matching.size(), () -> "expected one " + source + " point in " + points);
        return matching.get(0);
    }
}
