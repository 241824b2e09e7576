package dev.rounds.serve;

import dev.rounds.core.Problem;
import java.util.List;

/**
 * The pages the preview server writes itself: the list of problems that stopped a build, the campaign placeholder, and
 * a plain "not found". Self-contained (inline style) so that they work when the build that makes the CSS failed.
 */
final class PreviewPages {

    private static final String STYLE = "body{font:1rem/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}"
            + "main{max-width:48rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.6rem;margin:0 0 .5rem}"
            + "ol{padding-left:1.2rem}li{margin:1rem 0;padding:.75rem 1rem;border-left:4px solid #b00020;"
            + "background:#fdf2f4}code{font:.95rem/1.4 ui-monospace,monospace;font-weight:bold}"
            + ".fix{margin:.25rem 0 0}.fix strong{color:#0b5d1e}.where{margin:0;word-break:break-all}"
            + "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}li{background:#2a1519;"
            + "border-color:#ff6b81}.fix strong{color:#8fd19e}}";

    private PreviewPages() {
    }

    /** Every problem as file:line, message and fix, most useful first (they arrive sorted by file and line). */
    static String problems(String heading, List<Problem> problems) {
        StringBuilder items = new StringBuilder();
        for (Problem problem : problems) {
            String where = problem.line() > 0 ? problem.source() + ":" + problem.line() : problem.source();
            items.append("<li><p class=\"where\"><code>").append(escape(where)).append("</code></p><p class=\"message\">")
                    .append(escape(problem.message())).append("</p>");
            if (!problem.fix().isEmpty()) {
                items.append("<p class=\"fix\"><strong>Fix:</strong> ").append(escape(problem.fix())).append("</p>");
            }
            items.append("</li>");
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return page(heading, "<h1>" + escape(heading) + "</h1><p>" + count + " to fix. Save the file and this page "
                + "reloads by itself.</p><ol class=\"problems\">" + items + "</ol>");
    }

    static String campaignPlaceholder() {
        return page("Campaign preview", "<h1>Campaign preview</h1><p>The tweet series for your posts appears here "
                + "after <code>rounds:campaign</code> has planned it. Until then there is nothing to preview.</p>"
                + "<p><a href=\"/\">Back to the blog preview</a></p>");
    }

    static String notFound() {
        return page("Not found", "<h1>Not found</h1><p>The preview has no page at this address.</p>"
                + "<p><a href=\"/\">Back to the blog preview</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + " · Rounds preview</title>"
                + "<style>" + STYLE + "</style></head><body><main>" + body + "</main></body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
