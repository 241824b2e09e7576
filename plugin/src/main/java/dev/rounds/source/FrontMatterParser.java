package dev.rounds.source;

import dev.rounds.core.Problem;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Splits a post into front matter and body, and parses the front matter with SnakeYAML ({@code ---}) or tomlj
 * ({@code +++}). YAML timestamps are kept as text so that {@link DateParser} sees the offset the author wrote.
 */
public final class FrontMatterParser {

    private static final Pattern YAML_BLOCK = Pattern.compile("\\A---[ \\t]*\\n(.*?)(?:\\n)?^(?:---|\\.\\.\\.)[ \\t]*$\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern TOML_BLOCK = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n(.*?)(?:\\n)?^\\+\\+\\+[ \\t]*$\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);

    /** The result of parsing: either front matter or the problem that stopped it. */
    public sealed interface Result permits Parsed, Failed { }

    public record Parsed(RawFrontMatter frontMatter) implements Result { }

    public record Failed(Problem problem) implements Result { }

    /**
     * Where the body of {@code text} begins, as {@link #parse} finds it: after the front matter's closing line; 0 when
     * the text has no front matter; -1 when one is opened and never closed.
     */
    public static int bodyStart(String text) {
        Matcher matcher = text.startsWith("---") ? YAML_BLOCK.matcher(text)
                : text.startsWith("+++") ? TOML_BLOCK.matcher(text) : null;
        return matcher == null ? 0 : matcher.find() ? matcher.end() : -1;
    }

    /**
     * @param source the post's path for messages
     * @param text the whole file, with line endings already normalised to \n and no BOM
     */
    public Result parse(String source, String text) {
        if (text.startsWith("---")) {
            Matcher matcher = YAML_BLOCK.matcher(text);
            if (!matcher.find()) {
                return new Failed(Problem.error(source, 1, "The front matter opened with --- is never closed.",
                        "Add a line with --- after the last front-matter line."));
            }
            return parseYaml(source, matcher.group(1), text.substring(matcher.end()), lineAfter(text, matcher.end()));
        }
        if (text.startsWith("+++")) {
            Matcher matcher = TOML_BLOCK.matcher(text);
            if (!matcher.find()) {
                return new Failed(Problem.error(source, 1, "The front matter opened with +++ is never closed.",
                        "Add a line with +++ after the last front-matter line."));
            }
            return parseToml(source, matcher.group(1), text.substring(matcher.end()), lineAfter(text, matcher.end()));
        }
        return new Parsed(new RawFrontMatter(Map.of(), Map.of(), text, 1));
    }

    private Result parseYaml(String source, String yamlText, String body, int bodyLine) {
        Yaml yaml = newYaml();
        try {
            Object loaded = yaml.load(yamlText);
            if (loaded == null) {
                return new Parsed(new RawFrontMatter(Map.of(), Map.of(), body, bodyLine));
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                return new Failed(Problem.error(source, 2, "The front matter is not a list of keys and values.",
                        "Write each setting as 'key: value' on its own line."));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((key, value) -> values.put(String.valueOf(key), value));
            return new Parsed(new RawFrontMatter(values, yamlKeyLines(yaml, yamlText), body, bodyLine));
        } catch (MarkedYAMLException broken) {
            Mark mark = broken.getProblemMark() != null ? broken.getProblemMark() : broken.getContextMark();
            int line = mark == null ? 2 : mark.getLine() + 2;
            String what = broken.getProblem() == null ? "cannot be read" : broken.getProblem();
            return new Failed(Problem.error(source, line, "The YAML front matter is broken: " + what + ".",
                    "Check the indentation and quoting on this line; quote values that contain ': ' or start with '['."));
        } catch (YAMLException broken) {
            return new Failed(Problem.error(source, 2, "The YAML front matter is broken: " + broken.getMessage(),
                    "Check the front matter's syntax."));
        }
    }

    private static Map<String, Integer> yamlKeyLines(Yaml yaml, String yamlText) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Node root = yaml.compose(new StringReader(yamlText));
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    // +2: the front matter starts on the line after the opening ---
                    lines.put(key.getValue(), key.getStartMark().getLine() + 2);
                    if (tuple.getValueNode() instanceof SequenceNode items) {
                        List<Node> nodes = items.getValue();
                        for (int i = 0; i < nodes.size(); i++) {
                            lines.put(RawFrontMatter.itemKey(key.getValue(), i), nodes.get(i).getStartMark().getLine() + 2);
                        }
                    }
                }
            }
        }
        return lines;
    }

    private Result parseToml(String source, String tomlText, String body, int bodyLine) {
        TomlParseResult toml = Toml.parse(tomlText);
        if (toml.hasErrors()) {
            TomlParseError first = toml.errors().get(0);
            return new Failed(Problem.error(source, first.position().line() + 1,
                    "The TOML front matter is broken: " + first.getMessage() + ".",
                    "Check this line: strings need quotes, dates are written 2024-03-26."));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : toml.keySet()) {
            Object value = toml.get(List.of(key));
            values.put(key, TomlValues.plain(value));
            var position = toml.inputPositionOf(List.of(key));
            lines.put(key, position == null ? 2 : position.line() + 1);
            if (value instanceof org.tomlj.TomlArray items) {
                for (int i = 0; i < items.size(); i++) {
                    var itemPosition = items.inputPositionOf(i);
                    if (itemPosition != null) {
                        lines.put(RawFrontMatter.itemKey(key, i), itemPosition.line() + 1);
                    }
                }
            }
        }
        return new Parsed(new RawFrontMatter(values, lines, body, bodyLine));
    }

    /** The line of {@code text} that begins at {@code offset} (1-based). */
    static int lineAfter(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextDatesResolver());
    }

    /** The standard resolver without implicit timestamps: dates stay text, with the offset the author wrote. */
    private static final class TextDatesResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
