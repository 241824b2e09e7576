package dev.rounds.source;

import dev.rounds.core.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the blog's authors file ({@code src/authors.yml}): a map from key to name, credentials, role, specialty,
 * affiliation, links and X handle. A reader trusts a clinical page by who wrote it, so the file is checked: a
 * misspelt key ("credential:") would silently drop a credential from every page, and is warned about with its line.
 */
public final class AuthorsReader {

    /** The keys an author may have. */
    public static final List<String> KEYS = List.of("name", "credentials", "role", "specialty", "affiliation", "links",
            "twitter");

    /** X's rule for handles: 1 to 15 letters, digits or underscores. */
    private static final Pattern HANDLE = Pattern.compile("@?[A-Za-z0-9_]{1,15}");

    public Map<String, Author> read(Path file, String source, Problems problems) {
        Map<String, Author> authors = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return authors;
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        String text;
        Object loaded;
        Node root;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            loaded = yaml.load(text);
            root = yaml.compose(new StringReader(text));
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
        Map<String, Lines> lines = lines(root);
        entries.forEach((key, value) -> {
            String name = String.valueOf(key);
            Lines at = lines.getOrDefault(name, new Lines(0, Map.of()));
            if (value instanceof Map<?, ?> details && details.get("name") != null) {
                check(name, details, at, source, problems);
                authors.put(name, new Author(name, text(details, "name"), text(details, "credentials"),
                        text(details, "role"), text(details, "specialty"), text(details, "affiliation"),
                        links(details.get("links")), handle(details)));
            } else {
                problems.error(source, at.author(), "Author '" + name + "' has no name.",
                        "Add 'name: ...' under '" + name + ":'.");
            }
        });
        return authors;
    }

    private static void check(String author, Map<?, ?> details, Lines at, String source, Problems problems) {
        for (Object key : details.keySet()) {
            String name = String.valueOf(key);
            if (!KEYS.contains(name)) {
                problems.warning(source, at.of(name), "Author '" + author + "' has a key Rounds does not know, '"
                        + name + "': it is not shown anywhere.", "Use one of: " + String.join(", ", KEYS) + ".");
            }
        }
        Object twitter = details.get("twitter");
        if (twitter != null && !HANDLE.matcher(String.valueOf(twitter).trim()).matches()) {
            problems.warning(source, at.of("twitter"), "Author '" + author + "' has an X handle that is not one: '"
                    + twitter + "'. It is left out of the pages.",
                    "Write the handle alone, e.g. 'twitter: jdoe_md' (letters, digits and _; at most 15).");
        }
        for (String link : links(details.get("links"))) {
            if (!link.matches("https?://\\S+")) {
                problems.warning(source, at.of("links"), "Author '" + author + "' has a link that is not an http(s) "
                        + "address: '" + link + "'.", "Write the full address, starting with https://.");
            }
        }
    }

    private static String handle(Map<?, ?> details) {
        String twitter = text(details, "twitter");
        return twitter != null && HANDLE.matcher(twitter).matches() ? twitter : null;
    }

    private static String text(Map<?, ?> details, String key) {
        Object value = details.get(key);
        return value == null ? null : String.valueOf(value).trim();
    }

    private static List<String> links(Object value) {
        List<String> links = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> links.add(String.valueOf(item).trim()));
        } else if (value != null) {
            links.add(String.valueOf(value).trim());
        }
        return links;
    }

    /** Where an author and each of their keys were written (1-based lines), for messages. */
    private record Lines(int author, Map<String, Integer> keys) {
        int of(String key) {
            return keys.getOrDefault(key, author);
        }
    }

    private static Map<String, Lines> lines(Node root) {
        Map<String, Lines> lines = new LinkedHashMap<>();
        if (!(root instanceof MappingNode authors)) {
            return lines;
        }
        for (NodeTuple author : authors.getValue()) {
            if (author.getKeyNode() instanceof ScalarNode key) {
                Map<String, Integer> keys = new LinkedHashMap<>();
                if (author.getValueNode() instanceof MappingNode details) {
                    for (NodeTuple detail : details.getValue()) {
                        if (detail.getKeyNode() instanceof ScalarNode detailKey) {
                            keys.put(detailKey.getValue(), detailKey.getStartMark().getLine() + 1);
                        }
                    }
                }
                lines.put(key.getValue(), new Lines(key.getStartMark().getLine() + 1, keys));
            }
        }
        return lines;
    }
}
