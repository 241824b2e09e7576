package dev.rounds.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders a text node that needs neither unescaping nor escaping as it stands. flexmark's core renderer runs three
 * passes over every text node (unescape entities and backslashes, normalise line ends, escape HTML), two of them
 * regexes, even when the text holds none of the characters they act on, which is nearly all prose: they were about a
 * twelfth of a full build's time. A text with no {@code \}, {@code &}, carriage return, {@code <}, {@code >} or
 * {@code "} comes out of those passes unchanged, so it is written as it is; any other goes through flexmark's passes
 * ({@code PlainTextNodesTest} renders generated documents both ways).
 */
final class PlainTextNodes implements HtmlRenderer.HtmlRendererExtension {

    static PlainTextNodes create() {
        return new PlainTextNodes();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Whether flexmark's passes would leave {@code text} as it is. */
    static boolean passesUnchanged(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getChars().toString();
            if (passesUnchanged(text)) {
                html.raw(text);
            } else {
                // What flexmark's core renderer does with a text node.
                html.text(Escaping.normalizeEOL(node.getChars().unescape()));
            }
        }
    }
}
