package dev.rounds.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedicalSpecialtiesTest {

    private static Optional<String> member(String words) {
        return MedicalSpecialties.schemaOrgUrl(words).map(url -> url.substring("https://schema.org/".length()));
    }

    @Test
    void mapsTheWordsCliniciansWriteToSchemaOrgMembers() {
        assertEquals(Optional.of("PharmacySpecialty"), member("Clinical pharmacy"));
        assertEquals(Optional.of("Cardiovascular"), member("Cardiology"));
        assertEquals(Optional.of("Renal"), member("Nephrology"));
        assertEquals(Optional.of("Infectious"), member("Infection prevention"));
        assertEquals(Optional.of("Endocrine"), member("Educación en diabetes"));
        assertEquals(Optional.of("PlasticSurgery"), member("Plastic surgery"));
        assertEquals(Optional.of("Surgical"), member("General surgery"));
        assertEquals(Optional.of("Pediatric"), member("Paediatrics"));
    }

    @Test
    void leavesOutWhatTheEnumerationHasNoMemberFor() {
        assertEquals(Optional.empty(), member("Internal medicine"));
        assertEquals(Optional.empty(), member("Hospital medicine"));
        assertEquals(Optional.empty(), member(null));
    }
}
