package dev.rounds.site;

import java.util.List;
import java.util.Map;

/** A page per tag ({@code /tags/asthma/}, paginated) and the tag index ({@code /tags/}). */
public final class TagPages implements SiteOutput {

    public static final String ROOT = "tags/";

    @Override
    public void write(SiteContext context) {
        context.tags().entrySet().parallelStream().forEach(tag -> ListPages.write(context, "tag.ftlh", "tag",
                "Posts tagged \u201C" + tag.getKey().name() + "\u201D",
                tag.getKey().count() + " posts tagged " + tag.getKey().name() + " on " + context.site().title() + ".",
                ROOT + tag.getKey().slug() + "/", tag.getValue(), Map.of("tag", tag.getKey())));
        Map<String, Object> model = context.model(context.meta("tags", "Tags",
                "Every topic on " + context.site().title() + ".", ROOT));
        model.put("tags", List.copyOf(context.tags().keySet()));
        context.render("tags.ftlh", model, ROOT);
    }
}
