package dev.rounds.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** For tests that render the same Markdown with two sets of options and compare the HTML. */
final class Renders {

    private Renders() {
    }

    /** A parser and renderer made from one set of options. */
    record Render(Parser parser, HtmlRenderer renderer) {
        Render(DataHolder options) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }

        String html(String markdown) {
            return renderer.render(parser.parse(markdown));
        }
    }

    /** Documents of one to 25 of {@code pieces}, each followed by one of {@code gaps}, ending in a line break. */
    static Arbitrary<String> documents(List<String> pieces, List<String> gaps) {
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(25)
                .flatMap(chosen -> Arbitraries.of(gaps).list().ofSize(chosen.size())
                        .map(after -> {
                            StringBuilder text = new StringBuilder();
                            for (int i = 0; i < chosen.size(); i++) {
                                text.append(chosen.get(i)).append(after.get(i));
                            }
                            return text.append('\n').toString();
                        }));
    }
}
