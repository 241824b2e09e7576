package dev.rounds.campaign.extract;

import java.util.List;
import java.util.Set;

/** Headings that say what their section is for: a summary of the post, or a list of references. */
final class SectionNames {

    /** Phrases that mark the author's own summary; matched as whole words anywhere in the heading. */
    private static final List<String> KEY_POINTS = List.of(
            "key points", "key point", "key takeaways", "takeaways", "takeaway", "take home points",
            "take home point", "take home messages", "take home message", "key messages", "bottom line", "summary",
            "clinical pearls", "pearls", "tl dr", "tldr",
            "puntos clave", "en resumen", "resumen", "mensajes clave",
            "fazit", "kernaussagen", "kernbotschaften", "zusammenfassung");

    /** Whole headings of sections that list sources rather than say anything. */
    private static final Set<String> REFERENCES = Set.of(
            "references", "reference", "bibliography", "sources", "further reading", "notes", "footnotes",
            "referencias", "bibliografía", "fuentes", "literatur", "quellen", "literaturverzeichnis");

    private SectionNames() {
    }

    static boolean isKeyPoints(String headingText) {
        String heading = " " + Words.comparable(headingText) + " ";
        return KEY_POINTS.stream().anyMatch(phrase -> heading.contains(" " + phrase + " "));
    }

    static boolean isReferences(String headingText) {
        return REFERENCES.contains(Words.comparable(headingText));
    }
}
