import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.rounds.core.Problems;
import dev.rounds.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The least a full build of a posts folder can cost with flexmark-java, for bench/floor.sh: every post's file read
 * and, by the step asked for, its body parsed and rendered, on every core, in the JVM the script starts cold (with the
 * blog's JVM options). Nothing is written. It prints what it read and made, so that no step is left for the JIT to
 * drop.
 *
 * <p>Steps: {@code read} (the files, and the body cut from the front matter), {@code core} (flexmark with no
 * extension: the least any flexmark build does), {@code rounds} (Rounds' own {@link MarkdownRenderer}, as rounds:build
 * calls it for each post: its extensions and options, header ids, the excerpt, and the blocks the campaign reads).
 */
public final class Floor {

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("read", "core", "rounds").contains(args[0])) {
            System.err.println("usage: Floor read|core|rounds POSTS_FOLDER");
            System.exit(2);
        }
        String step = args[0];
        List<Path> posts;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            posts = files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        Parser parser = step.equals("core") ? Parser.builder().build() : null;
        HtmlRenderer html = step.equals("core") ? HtmlRenderer.builder().build() : null;
        MarkdownRenderer markdown = step.equals("rounds") ? new MarkdownRenderer(false) : null;
        AtomicLong characters = new AtomicLong();
        posts.parallelStream().forEach(post -> {
            String body = body(post);
            long made = switch (step) {
                case "core" -> html.render(parser.parse(body)).length();
                case "rounds" -> markdown.render(post.toString(), body, 1, "<!--more-->", new Problems()).html()
                        .length();
                default -> body.length();
            };
            characters.addAndGet(made);
        });
        System.out.println(step + ": " + posts.size() + " posts, " + characters.get() + " characters");
    }

    /** The post's text after its front matter (between two lines of {@code ---} at the top), or all of it. */
    static String body(Path post) {
        String text;
        try {
            text = Files.readString(post, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (!text.startsWith("---")) {
            return text;
        }
        int close = text.indexOf("\n---", 3);
        int next = close < 0 ? -1 : text.indexOf('\n', close + 1);
        return next < 0 ? text : text.substring(next + 1);
    }
}
