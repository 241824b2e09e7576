package dev.rounds.serve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The preview server is engine code: no Maven types, and the JDK's HTTP server stays inside it. */
class ServePackageRulesTest {

    private static final JavaClasses ROUNDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rounds");

    @Test
    void noMavenTypes() {
        noClasses().that().resideInAPackage("dev.rounds.serve..").should().dependOnClassesThat()
                .resideInAPackage("org.apache.maven..").check(ROUNDS);
    }

    @Test
    void onlyThePreviewServesHttp() {
        noClasses().that().resideOutsideOfPackage("dev.rounds.serve..").should().dependOnClassesThat()
                .resideInAPackage("com.sun.net.httpserver..").check(ROUNDS);
    }

    @Test
    void theBuildDoesNotKnowThePreview() {
        noClasses().that().resideInAnyPackage("dev.rounds.build..", "dev.rounds.site..", "dev.rounds.source..",
                "dev.rounds.markdown..", "dev.rounds.core..").should().dependOnClassesThat()
                .resideInAPackage("dev.rounds.serve..").check(ROUNDS);
    }
}
