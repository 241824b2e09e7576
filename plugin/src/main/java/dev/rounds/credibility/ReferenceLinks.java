package dev.rounds.credibility;

import dev.rounds.core.Problems;
import dev.rounds.site.Post;
import dev.rounds.source.Reference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests every reference's address (only when the author asks: {@code rounds.checkLinks}), so that a retracted
 * page or a moved guideline is noticed. Each address is requested once however many posts cite it, a few at a time,
 * following redirects; HEAD first, GET when the server refuses HEAD. A broken link is a warning, never a failure:
 * publishers' sites go down and block robots, and the post is not wrong because of it.
 */
final class ReferenceLinks {

    private static final String USER_AGENT = "Rounds reference check (a static blog generator checking its citations)";

    private final Duration timeout;
    private final int concurrency;
    private final HttpClient client;

    ReferenceLinks(Duration timeout, int concurrency) {
        this.timeout = timeout;
        this.concurrency = concurrency;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout)
                .build();
    }

    /** Where a reference is cited: a post and the line of the entry. */
    private record Citation(String source, int line) { }

    void check(List<Post> posts, Problems problems) {
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        for (Post post : posts) {
            for (Reference reference : post.references()) {
                for (String url : reference.urls()) {
                    citations.computeIfAbsent(url, key -> new ArrayList<>())
                            .add(new Citation(post.source(), reference.line()));
                }
            }
        }
        if (citations.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, citations.size()));
        try {
            Map<String, Future<Optional<String>>> answers = new LinkedHashMap<>();
            citations.keySet().forEach(url -> answers.put(url, pool.submit(() -> fault(url))));
            for (Map.Entry<String, Future<Optional<String>>> answer : answers.entrySet()) {
                Optional<String> fault = await(answer.getValue());
                fault.ifPresent(why -> citations.get(answer.getKey()).forEach(citation -> problems.warning(
                        citation.source(), citation.line(), "The reference " + answer.getKey() + " " + why + ".",
                        "Check the address in a browser; update the reference or give its DOI or PMID instead.")));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Optional<String> await(Future<Optional<String>> answer) {
        try {
            return answer.get();
        } catch (ExecutionException failed) {
            return Optional.of("could not be checked: " + failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked (interrupted)");
        }
    }

    /** Why the address is broken, or empty when it answers. */
    private Optional<String> fault(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            return Optional.of("is not a valid address");
        }
        try {
            int status = send(uri, "HEAD");
            if (status >= 400) {
                // Many servers answer HEAD with 403, 404 or 405 but serve GET.
                status = send(uri, "GET");
            }
            return status >= 400 ? Optional.of("answers HTTP " + status) : Optional.empty();
        } catch (HttpTimeoutException slow) {
            return Optional.of("did not answer within " + timeout.toSeconds() + " s");
        } catch (java.net.ConnectException refused) {
            return Optional.of("cannot be reached (connection refused)");
        } catch (IOException unreachable) {
            String why = unreachable.getMessage() == null ? unreachable.getClass().getSimpleName()
                    : unreachable.getMessage();
            return Optional.of("cannot be reached (" + why + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked (interrupted)");
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
