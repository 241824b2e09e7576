package dev.rounds.source;

import dev.rounds.core.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the blog's authors file ({@code src/authors.yml}): a map from key to name, credentials, role, specialty,
 * affiliation, links and X handle.
 */
public final class AuthorsReader {

    public Map<String, Author> read(Path file, String source, Problems problems) {
        Map<String, Author> authors = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return authors;
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MarkedYAMLException broken) {
            problems.error(source, broken.getProblemMark() == null ? 0 : broken.getProblemMark().getLine() + 1,
                    "The authors file is broken: " + broken.getProblem() + ".", "Check the indentation on this line.");
            return authors;
        } catch (IOException unreadable) {
            problems.error(source, 0, "The authors file cannot be read: " + unreadable.getMessage(), "");
            return authors;
        }
        if (!(loaded instanceof Map<?, ?> entries)) {
            if (loaded != null) {
                problems.error(source, 1, "The authors file must map each author's key to their details.",
                        "Write 'jdoe:' then indented 'name: Jane Doe', 'credentials: MD'.");
            }
            return authors;
        }
        entries.forEach((key, value) -> {
            if (value instanceof Map<?, ?> details && details.get("name") != null) {
                authors.put(String.valueOf(key), new Author(String.valueOf(key), text(details, "name"),
                        text(details, "credentials"), text(details, "role"), text(details, "specialty"),
                        text(details, "affiliation"), links(details.get("links")), text(details, "twitter")));
            } else {
                problems.error(source, 0, "Author '" + key + "' has no name.", "Add 'name: ...' under '" + key + ":'.");
            }
        });
        return authors;
    }

    private static String text(Map<?, ?> details, String key) {
        Object value = details.get(key);
        return value == null ? null : String.valueOf(value).trim();
    }

    private static List<String> links(Object value) {
        List<String> links = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> links.add(String.valueOf(item)));
        } else if (value != null) {
            links.add(String.valueOf(value));
        }
        return links;
    }
}
