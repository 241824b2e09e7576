package dev.rounds.campaign;

import dev.rounds.markdown.ContentBlock;
import dev.rounds.source.AuthorTeaser;
import java.util.List;
import java.util.Objects;

/**
 * What the key-point extractor reads of one post.
 *
 * @param title the post's title
 * @param summary the post's summary as plain text ("" if none)
 * @param language the post's language tag, e.g. "en", "es"
 * @param authorTeasers the author's own teasers from front matter
 * @param blocks the post's prose blocks, in document order
 */
public record PostContent(String title, String summary, String language, List<AuthorTeaser> authorTeasers,
                          List<ContentBlock> blocks) {
    public PostContent {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        language = language == null || language.isBlank() ? "en" : language;
        authorTeasers = List.copyOf(authorTeasers);
        blocks = List.copyOf(blocks);
    }
}
