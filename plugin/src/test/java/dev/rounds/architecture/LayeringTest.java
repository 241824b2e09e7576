package dev.rounds.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine has no Maven types; only the mojo package touches Maven, and twitter4j stays in one class. */
class LayeringTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rounds");

    @Test
    void onlyMojosKnowMaven() {
        noClasses().that().resideOutsideOfPackage("dev.rounds.mojo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(classes);
    }

    @Test
    void twitter4jIsInOneClass() {
        noClasses().that().doNotHaveSimpleName("TwitterChannel")
                .should().dependOnClassesThat().resideInAnyPackage("twitter4j..")
                .check(classes);
    }

    @Test
    void stagesHaveNoCycles() {
        slices().matching("dev.rounds.(*)..").should().beFreeOfCycles().check(classes);
    }
}
