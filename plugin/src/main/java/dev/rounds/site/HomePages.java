package dev.rounds.site;

import java.util.Map;

/** The home page, paginated: {@code /}, {@code /page/2/}, ... */
public final class HomePages implements SiteOutput {

    @Override
    public void write(SiteContext context) {
        ListPages.write(context, "index.ftlh", "home", context.site().title(), context.site().description(), "",
                context.posts(), Map.of());
    }
}
