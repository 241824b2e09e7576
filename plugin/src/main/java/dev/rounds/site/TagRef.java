package dev.rounds.site;

/**
 * A tag as a link.
 *
 * @param name as the author wrote it
 * @param slug its URL segment
 * @param path its page's path from the server root
 * @param count how many listed posts carry it
 */
public record TagRef(String name, String slug, String path, int count) {
}
