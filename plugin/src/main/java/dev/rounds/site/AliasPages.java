package dev.rounds.site;

import java.util.List;
import java.util.Map;

/** A redirect page at each old path a post lists in {@code aliases} (Hugo) or {@code redirect_from} (Jekyll). */
public final class AliasPages implements SiteOutput {

    /** An alias route and the post it points to. */
    public record Alias(String route, Post target) {
    }

    private final List<Alias> aliases;

    public AliasPages(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
    }

    @Override
    public void write(SiteContext context) {
        for (Alias alias : aliases) {
            Map<String, Object> key = Map.of("site", context.site(), "post", alias.target());
            context.render("alias.ftlh", key, () -> {
                PageMeta meta = new PageMeta("alias", alias.target().title(), alias.target().description(),
                        alias.target().url(), alias.target().path(), alias.target().lang(), null, true);
                Map<String, Object> model = context.model(meta);
                model.put("post", alias.target());
                return model;
            }, alias.route());
        }
    }

}
