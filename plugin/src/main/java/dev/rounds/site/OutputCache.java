package dev.rounds.site;

import java.util.Map;

/**
 * Lets a build skip rendering a file that is already in the output folder exactly as this render would make it.
 * The build decides from what the file was made of last time (template, model, settings); the site only asks.
 */
public interface OutputCache {

    /** Renders everything: the cache of a clean build. */
    OutputCache NONE = (file, template, model) -> false;

    /**
     * @param file the file's path relative to the site folder, e.g. "2026/11/statins/index.html"
     * @return true if the output folder already holds this file as {@code template} would render it from
     *     {@code model}; the caller then neither renders nor writes it
     */
    boolean reuse(String file, String template, Map<String, Object> model);

    /**
     * Says that a file was rendered from {@code model}, and what the template read of the posts it lists (every post
     * in the model but its own "post"): the mask of the {@link PostHeads head properties} it read (with
     * {@link PostHeads#SITE_LISTS} if it read the site's lists), or {@link PostHeads#WHOLE} when it read a body. The
     * file is kept next time as long as those are the same.
     */
    default void rendered(String file, String template, Map<String, Object> model, int listedReads) {
    }
}
