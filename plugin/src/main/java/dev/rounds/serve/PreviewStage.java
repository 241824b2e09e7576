package dev.rounds.serve;

import dev.rounds.build.BuiltBlog;
import java.nio.file.Path;

/**
 * A stage of the build that has its own preview page, such as the campaign's tweet series. The preview server calls it
 * at every build whose posts are read without errors, beside the site's pages being written (it shows what it wrote
 * only if the build succeeds), and serves the folder it writes at {@code /_rounds/campaign/}.
 */
@FunctionalInterface
public interface PreviewStage {

    /** Writes nothing: the server then shows a placeholder page in the stage's place. */
    PreviewStage NONE = (blog, folder) -> { };

    /**
     * Writes the stage's preview (an {@code index.html} and whatever it links to) into the folder, which exists and
     * belongs to the stage. May throw {@link dev.rounds.core.InvalidInputException}: its problems are shown in the
     * stage's preview page, and the site itself stays served.
     *
     * @param blog the preview build's posts, drafts and future posts included, with its settings and state (its file
     *     counts are 0: the site's pages are still being written)
     * @param folder the folder to write into
     */
    void rebuild(BuiltBlog blog, Path folder);
}
