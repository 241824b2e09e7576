package dev.rounds.campaign.extract;

import dev.rounds.source.AuthorTeaser;
import dev.rounds.campaign.KeyPoint;
import dev.rounds.campaign.PostContent;
import dev.rounds.campaign.TeaserSource;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The author's own teasers, used as written, linked to the section they name. */
final class AuthorPoints {

    private AuthorPoints() {
    }

    static List<Candidate> from(PostContent post) {
        List<Candidate> candidates = new ArrayList<>();
        List<AuthorTeaser> teasers = post.authorTeasers();
        for (int i = 0; i < teasers.size(); i++) {
            AuthorTeaser teaser = teasers.get(i);
            String sectionId = resolve(teaser.section(), post.blocks()).orElse("");
            KeyPoint point = new KeyPoint(teaser.text(), sectionId, TeaserSource.AUTHOR, teaser.line(), teaser.text());
            candidates.add(new Candidate(point, i, 0));
        }
        return candidates;
    }

    /** Teasers that name a section the post does not have; their key points link to the post itself. */
    static List<AuthorTeaser> unresolved(PostContent post) {
        return post.authorTeasers().stream()
                .filter(t -> !t.section().isBlank() && resolve(t.section(), post.blocks()).isEmpty())
                .toList();
    }

    /** A section named by heading id ("#dosing" or "dosing") or by heading text, in any case. */
    static Optional<String> resolve(String section, List<ContentBlock> blocks) {
        String wanted = Words.collapseWhitespace(section);
        if (wanted.isEmpty()) {
            return Optional.of("");
        }
        String id = wanted.startsWith("#") ? wanted.substring(1) : wanted;
        List<ContentBlock> headings = blocks.stream()
                .filter(b -> b.kind() == Kind.HEADING && !b.sectionId().isEmpty())
                .toList();
        return headings.stream().filter(h -> h.sectionId().equalsIgnoreCase(id)).findFirst()
                .or(() -> headings.stream()
                        .filter(h -> Words.collapseWhitespace(h.text()).equalsIgnoreCase(wanted)).findFirst())
                .map(ContentBlock::sectionId);
    }
}
