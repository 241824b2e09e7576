package dev.rounds.campaign.extract;

import dev.rounds.source.AuthorTeaser;
import dev.rounds.campaign.PostContent;
import dev.rounds.markdown.ContentBlock;
import dev.rounds.markdown.ContentBlock.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a post's content the way the markdown stage would hand it over, one block per line of the fixture. */
final class Posts {

    private final String title;
    private String language = "en";
    private final List<AuthorTeaser> teasers = new ArrayList<>();
    private final List<ContentBlock> blocks = new ArrayList<>();
    private String sectionId = "";
    private String sectionTitle = "";
    private int line = 5;

    private Posts(String title) {
        this.title = title;
    }

    static Posts post(String title) {
        return new Posts(title);
    }

    Posts language(String tag) {
        this.language = tag;
        return this;
    }

    Posts teaser(String text, String section) {
        teasers.add(new AuthorTeaser(text, section, teasers.size() + 2));
        return this;
    }

    Posts heading(String text) {
        sectionId = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        sectionTitle = text;
        return add(Kind.HEADING, text, false, "");
    }

    Posts paragraph(String text) {
        return add(Kind.PARAGRAPH, text, false, "");
    }

    Posts markedParagraph(String text) {
        return add(Kind.PARAGRAPH, text, true, "");
    }

    Posts quote(String text) {
        return add(Kind.QUOTE, text, false, "");
    }

    Posts pullQuote(String text) {
        return add(Kind.PULL_QUOTE, text, false, "");
    }

    Posts item(String text) {
        return add(Kind.LIST_ITEM, text, false, "");
    }

    /** A list item opening with bold text; the block's text holds the lead-in too, as the markdown stage gives it. */
    Posts item(String leadIn, String text) {
        return add(Kind.LIST_ITEM, text, false, leadIn);
    }

    PostContent build() {
        return new PostContent(title, "", language, teasers, blocks);
    }

    private Posts add(Kind kind, String text, boolean marked, String leadIn) {
        blocks.add(new ContentBlock(kind, text, sectionId, sectionTitle, line, marked, leadIn));
        line += 2;
        return this;
    }
}
