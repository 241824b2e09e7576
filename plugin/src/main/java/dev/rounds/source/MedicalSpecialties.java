package dev.rounds.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the specialty an author writes ("Clinical pharmacy", "Cardiology", "Nefrología") to a member of schema.org's
 * MedicalSpecialty enumeration. Authors write specialties in their own words and languages; the enumeration is
 * short and has no member for some specialties (internal or hospital medicine), so a word that matches nothing maps
 * to nothing and the JSON-LD leaves {@code specialty} out rather than guess.
 */
public final class MedicalSpecialties {

    private record Rule(Pattern words, String member) { }

    /** First match wins: the more specific stems come before the ones they contain ("plastic surg" before "surg"). */
    private static final List<Rule> RULES = List.of(
            rule("plastic surg|cirug[ií]a pl[aá]stica", "PlasticSurgery"),
            rule("respiratory therap", "RespiratoryTherapy"),
            rule("speech", "SpeechPathology"),
            rule("physiotherap|physical therap|fisioterap", "Physiotherapy"),
            rule("anesth|anaesth|anestes", "Anesthesia"),
            rule("cardi", "Cardiovascular"),
            rule("community health", "CommunityHealth"),
            rule("public health|salud p[uú]blica", "PublicHealth"),
            rule("primary care|family medicine|general practice|atenci[oó]n primaria|medicina familiar", "PrimaryCare"),
            rule("dentist|dental|odontolog", "Dentistry"),
            rule("dermat", "Dermatology"),
            rule("nutrition|dietet|nutrici", "DietNutrition"),
            rule("emergenc|urgencias", "Emergency"),
            rule("endocrin|diabet", "Endocrine"),
            rule("gastro|hepatolog", "Gastroenterologic"),
            rule("genetic|gen[eé]tica", "Genetic"),
            rule("geriatr", "Geriatric"),
            rule("gyn[a]?ec|ginecolog", "Gynecologic"),
            rule("obstet", "Obstetric"),
            rule("h[a]?ematolog", "Hematologic"),
            rule("infect|infecc", "Infectious"),
            rule("laborator", "LaboratoryScience"),
            rule("midwif|matron", "Midwifery"),
            rule("musculoskeletal|orthop|ortop", "Musculoskeletal"),
            rule("neuro", "Neurologic"),
            rule("nurs|enfermer", "Nursing"),
            rule("oncolog", "Oncologic"),
            rule("optometr", "Optometric"),
            rule("otolaryng|otorrino", "Otolaryngologic"),
            rule("patholog|patolog", "Pathology"),
            rule("p[a]?ediatr", "Pediatric"),
            rule("pharma|farmac", "PharmacySpecialty"),
            rule("podiatr", "Podiatric"),
            rule("psychiatr|psiquiatr", "Psychiatric"),
            rule("pulmon|respirator|neumolog", "Pulmonary"),
            rule("radiolog|radiograph", "Radiography"),
            rule("nephrolog|nefrolog|renal|kidney", "Renal"),
            rule("rheumat|reumatolog", "Rheumatologic"),
            rule("toxicolog", "Toxicologic"),
            rule("urolog", "Urologic"),
            rule("surg|cirug", "Surgical"));

    private MedicalSpecialties() {
    }

    private static Rule rule(String stems, String member) {
        return new Rule(Pattern.compile("\\b(?:" + stems + ")"), member);
    }

    /** The enumeration member's URL for a specialty written in words, if one fits. */
    public static Optional<String> schemaOrgUrl(String specialty) {
        if (specialty == null || specialty.isBlank()) {
            return Optional.empty();
        }
        String words = specialty.toLowerCase(Locale.ROOT);
        return RULES.stream().filter(rule -> rule.words().matcher(words).find()).findFirst()
                .map(rule -> "https://schema.org/" + rule.member());
    }
}
