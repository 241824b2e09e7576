package dev.rounds.site;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problems;
import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every site output shares: settings, templates, the posts, and the folder it writes to.
 *
 * @param settings the site settings
 * @param templates the build's templates
 * @param site the site as templates see it
 * @param posts the listed posts, newest first
 * @param pages the dateless pages
 * @param tags tag name to its posts, newest first, ordered by tag name
 * @param outputDirectory where files are written (a staging folder)
 * @param problems where template errors are collected, so that all are reported at once
 * @param cache says which files the output folder already holds as they would be rendered (incremental builds)
 */
public record SiteContext(SiteSettings settings, Templates templates, SiteView site, List<Post> posts,
                          List<Post> pages, Map<TagRef, List<Post>> tags, Path outputDirectory, Problems problems,
                          OutputCache cache) {

    public SiteContext(SiteSettings settings, Templates templates, SiteView site, List<Post> posts, List<Post> pages,
                       Map<TagRef, List<Post>> tags, Path outputDirectory, Problems problems) {
        this(settings, templates, site, posts, pages, tags, outputDirectory, problems, OutputCache.NONE);
    }

    /** A fresh template model with "site" and "page" set. */
    public Map<String, Object> model(PageMeta page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }

    /** Renders a template to {@code route}/index.html (a route ending in '/') or to the route itself. */
    public void render(String template, Map<String, Object> model, String route) {
        render(template, model, () -> model, route);
    }

    /**
     * Renders a template unless the output folder already holds what it would make. {@code key} is everything the
     * page is made of (a post stands for its digest); the template's {@code model} is made only when the page is
     * rendered, so a page that is kept never asks its post for anything its digest already covers.
     */
    public void render(String template, Map<String, Object> key, Supplier<Map<String, Object>> model, String route) {
        String file = fileOf(route);
        if (cache.reuse(file, template, key)) {
            return;
        }
        try {
            Map<String, Object> made = model.get();
            PostTracking.Reads reads = new PostTracking.Reads(made.get("post"));
            write(route, templates.render(template, made, reads));
            cache.rendered(file, template, key, reads.listed());
        } catch (InvalidInputException templateError) {
            problems.addAll(templateError.problems());
        }
    }

    public void write(String route, String content) {
        Path file = outputDirectory.resolve(fileOf(route));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new RoundsException("Cannot write " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** The file a route is written to, relative to the site folder: a route ending in '/' gets index.html. */
    public static String fileOf(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    public PageMeta meta(String kind, String title, String description, String route) {
        return new PageMeta(kind, title, description, settings.urlOf(route), settings.pathOf(route),
                settings.language(), null, false);
    }
}
