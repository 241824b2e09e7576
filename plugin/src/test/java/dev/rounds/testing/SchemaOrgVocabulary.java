package dev.rounds.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slice of schema.org in {@code src/test/resources/schemaorg/vocabulary.txt}, and a check of JSON-LD against it:
 * every node's {@code @type} is a schema.org type, every property belongs to that type (or a supertype), object
 * values have a type the property allows, and {@code specialty} names a MedicalSpecialty member.
 */
public final class SchemaOrgVocabulary {

    private static final String SCHEMA = "https://schema.org/";

    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, Set<String>> properties = new HashMap<>();
    private final Map<String, List<String>> ranges = new HashMap<>();
    private final Map<String, Set<String>> enumerations = new HashMap<>();

    public static SchemaOrgVocabulary load() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary.txt")) {
            return new SchemaOrgVocabulary(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    SchemaOrgVocabulary(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String head = line.substring(0, line.indexOf(':')).strip();
            List<String> tail = words(line.substring(line.indexOf(':') + 1));
            String[] parts = head.split("\\s+");
            switch (parts[0]) {
                case "type" -> {
                    properties.put(parts[1], new HashSet<>(tail));
                    List<String> supers = new ArrayList<>();
                    for (int i = 3; i < parts.length; i++) {
                        supers.add(parts[i]);
                    }
                    supertypes.put(parts[1], supers);
                }
                case "range" -> ranges.put(parts[1], tail);
                case "enumeration" -> enumerations.put(parts[1], new HashSet<>(tail));
                default -> throw new IllegalArgumentException("Unknown line in the vocabulary: " + line);
            }
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    public boolean knows(String type) {
        return properties.containsKey(type);
    }

    /** Whether {@code type} is {@code ancestor} or inherits from it. */
    public boolean isA(String type, String ancestor) {
        if (type.equals(ancestor)) {
            return true;
        }
        return supertypes.getOrDefault(type, List.of()).stream().anyMatch(parent -> isA(parent, ancestor));
    }

    /** A type's own properties and its supertypes'. */
    public Set<String> allowed(String type) {
        Set<String> all = new HashSet<>(properties.getOrDefault(type, Set.of()));
        supertypes.getOrDefault(type, List.of()).forEach(parent -> all.addAll(allowed(parent)));
        return all;
    }

    /** Every way the JSON-LD breaks the vocabulary, each with its JSON path; empty when it keeps to it. */
    public List<String> violations(JsonNode root) {
        List<String> found = new ArrayList<>();
        if (!SCHEMA.equals(root.path("@context").asText() + "/")) {
            found.add("$: @context is not https://schema.org");
        }
        checkNode(root, "$", found);
        return found;
    }

    private void checkNode(JsonNode node, String path, List<String> found) {
        String type = node.path("@type").asText("");
        if (type.isEmpty()) {
            found.add(path + ": an object without @type");
            return;
        }
        if (!knows(type)) {
            found.add(path + ": '" + type + "' is not a type in the vocabulary");
            return;
        }
        Set<String> allowed = allowed(type);
        node.fields().forEachRemaining(field -> {
            String property = field.getKey();
            if (property.startsWith("@")) {
                return;
            }
            String at = path + "." + property;
            if (!allowed.contains(property)) {
                found.add(at + ": '" + property + "' is not a property of " + type);
                return;
            }
            JsonNode value = field.getValue();
            List<JsonNode> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(values::add);
            } else {
                values.add(value);
            }
            for (int i = 0; i < values.size(); i++) {
                checkValue(property, values.get(i), value.isArray() ? at + "[" + i + "]" : at, found);
            }
        });
    }

    private void checkValue(String property, JsonNode value, String path, List<String> found) {
        if (value.isObject()) {
            String type = value.path("@type").asText("");
            List<String> range = ranges.get(property);
            if (range != null && knows(type) && range.stream().noneMatch(allowedType -> isA(type, allowedType))) {
                found.add(path + ": a " + type + " where schema.org expects " + String.join(" or ", range));
            }
            checkNode(value, path, found);
        } else if (property.equals("specialty")) {
            String text = value.asText();
            String member = text.startsWith(SCHEMA) ? text.substring(SCHEMA.length()) : "";
            if (!enumerations.getOrDefault("MedicalSpecialty", Set.of()).contains(member)) {
                found.add(path + ": '" + text + "' is not a MedicalSpecialty member");
            }
        } else if (ranges.containsKey(property) && !property.equals("citation") && !property.equals("identifier")) {
            found.add(path + ": a text where schema.org expects " + String.join(" or ", ranges.get(property)));
        }
    }
}
