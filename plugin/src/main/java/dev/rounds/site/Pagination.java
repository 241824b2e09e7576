package dev.rounds.site;

/**
 * Where a list page stands among its siblings ("pagination" in list templates).
 *
 * @param number 1-based page number
 * @param total how many pages
 * @param previousPath the previous page's path, or null
 * @param nextPath the next page's path, or null
 */
public record Pagination(int number, int total, String previousPath, String nextPath) {
}
