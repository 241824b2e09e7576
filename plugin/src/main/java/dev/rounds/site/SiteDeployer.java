package dev.rounds.site;

import java.nio.file.Path;

/**
 * Deploys a built site to a folder (a {@code file:} deploy URL: a web server's root, a mounted share, a checkout of a
 * pages branch). Copies only files whose bytes changed and removes files the site no longer has, so an unchanged site
 * deploys nothing.
 */
public final class SiteDeployer {

    /** What a deploy did. */
    public record Result(int copied, int unchanged, int removed) {
    }

    public Result deploy(Path site, Path target) {
        OutputSync.Result mirrored = new OutputSync().mirror(site, target);
        return new Result(mirrored.written(), mirrored.unchanged(), mirrored.deleted());
    }
}
