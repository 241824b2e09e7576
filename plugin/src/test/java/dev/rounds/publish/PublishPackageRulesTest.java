package dev.rounds.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules for this package, checked on the sources: twitter4j in exactly one class, no Maven types at all. */
class PublishPackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/rounds/publish");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> importing(String prefix) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path source : sources()) {
            if (Files.readAllLines(source).stream().anyMatch(line -> line.startsWith("import " + prefix)
                    || line.startsWith("import static " + prefix))) {
                found.add(source.getFileName().toString());
            }
        }
        return found;
    }

    @Test
    void onlyTheTwitterChannelKnowsTwitter4j() throws IOException {
        assertTrue(sources().size() > 10, "the sources were found");
        assertEquals(List.of("TwitterChannel.java"), importing("twitter4j"));
    }

    @Test
    void noMavenTypes() throws IOException {
        assertEquals(List.of(), importing("org.apache.maven"));
    }
}
