package dev.rounds.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension (bare URLs, www. addresses and e-mail addresses become links), asked only about text
 * that can hold a link. Its processor unescapes every text node and searches it with a regex for a bare
 * {@code scheme://} that backtracks over every word: about a twentieth of a full build's time, spent on text without a
 * single colon. A link needs a colon (a URL), an '@' (an e-mail address) or "www"; an entity or a backslash escape can
 * make one of those once unescaped; and text followed by typographic text (quotes, dashes) or an entity is read together
 * with what follows.
 * Any other text node is left to itself, exactly as the processor would leave it ({@code PrefilteredAutolinkTest}
 * renders generated documents both ways).
 */
final class PrefilteredAutolink implements Parser.ParserExtension {

    static PrefilteredAutolink create() {
        return new PrefilteredAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's processor could find a link in this text (false only when it certainly could not). */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 2 < text.length() && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Prefiltered extends NodePostProcessor {

        private final AutolinkNodePostProcessor autolink;

        Prefiltered(Document document) {
            this.autolink = new AutolinkNodePostProcessor(document);
        }

        @Override
        public void process(NodeTracker state, Node node) {
            // Text followed by typographic text or an entity is read together with it: left to the processor.
            if (node.getNext() instanceof TypographicText || node.getNext() instanceof HtmlEntity
                    || mayHoldLink(node.getChars())) {
                autolink.process(state, node);
            }
        }
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Prefiltered(document);
        }
    }
}
