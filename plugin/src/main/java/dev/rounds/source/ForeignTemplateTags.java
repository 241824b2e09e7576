package dev.rounds.source;

import dev.rounds.core.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes other generators' template syntax from a post body (Liquid {@code {{ }}} and {@code {% %}}, Hugo shortcodes
 * {@code {{< >}}} and {@code {{% %}}}), with a warning per tag naming file and line. Code blocks and inline code are
 * left alone: a post may well show such syntax as an example. Liquid's highlight blocks become fenced code.
 */
public final class ForeignTemplateTags {

    private static final Pattern TAG = Pattern.compile("\\{\\{<.*?>}}|\\{\\{%.*?%}}|\\{%-?.*?-?%}|\\{\\{.*?}}");
    private static final Pattern HIGHLIGHT = Pattern.compile("\\{%-?\\s*highlight\\s+(\\w+)[^%]*%}");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%}");
    private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");

    /**
     * @param source the post's path, for warnings
     * @param body the Markdown body
     * @param firstLine the file line on which the body starts
     */
    public String strip(String source, String body, int firstLine, Problems problems) {
        if (!body.contains("{{") && !body.contains("{%")) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        boolean inComment = false;
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int fileLine = firstLine + i;
            if (!inFence && !inComment && COMMENT.matcher(line).find() && !END_COMMENT.matcher(line).find()) {
                // A Liquid comment block is the author's note to self: none of it belongs on the page.
                warn(source, fileLine, "{% comment %}", problems, "it and its text are left out of the page");
                inComment = true;
                line = "";
            } else if (inComment) {
                inComment = !END_COMMENT.matcher(line).find();
                line = "";
            } else if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            } else if (!inFence) {
                line = stripLine(source, line, fileLine, problems);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String stripLine(String source, String line, int fileLine, Problems problems) {
        Matcher highlight = HIGHLIGHT.matcher(line);
        if (highlight.find()) {
            warn(source, fileLine, highlight.group(), problems, "it is shown as a code block");
            return "```" + highlight.group(1);
        }
        if (END_HIGHLIGHT.matcher(line).find()) {
            return "```";
        }
        if (!line.contains("{{") && !line.contains("{%")) {
            return line;
        }
        // Inline code is kept verbatim: cut the line around it.
        StringBuilder out = new StringBuilder();
        Matcher code = INLINE_CODE.matcher(line);
        int last = 0;
        while (code.find()) {
            out.append(removeTags(source, line.substring(last, code.start()), fileLine, problems));
            out.append(code.group());
            last = code.end();
        }
        out.append(removeTags(source, line.substring(last), fileLine, problems));
        return out.toString();
    }

    private String removeTags(String source, String text, int fileLine, Problems problems) {
        text = removeInlineComments(text);
        Matcher tag = TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            warn(source, fileLine, tag.group(), problems, "it is left out of the page");
            tag.appendReplacement(out, "");
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** {@code {% comment %}note{% endcomment %}} on one line goes whole. */
    private static String removeInlineComments(String text) {
        return text.replaceAll("\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}", "");
    }

    private static void warn(String source, int line, String tag, Problems problems, String effect) {
        String shown = tag.length() > 60 ? tag.substring(0, 57) + "..." : tag;
        problems.warning(source, line, "Template tag of another generator '" + shown + "': " + effect + ".",
                "Replace it with Markdown or HTML, or delete it.");
    }
}
