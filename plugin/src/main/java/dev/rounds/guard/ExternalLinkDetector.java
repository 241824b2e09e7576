package dev.rounds.guard;

import com.twitter.twittertext.Extractor;
import dev.rounds.core.TwitterLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds links to hosts other than the blog's own, the way Twitter itself finds links (twitter-text), so that
 * "example.org/x" without a scheme counts as a link exactly when Twitter would make it one. With no blog host
 * configured the rule cannot tell the teaser's own link from another, so it finds nothing rather than block every
 * tweet.
 */
final class ExternalLinkDetector implements Detector {

    @Override
    public List<Hit> find(String text, String blogHost) {
        if (blogHost.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Extractor.Entity url : TwitterLinks.find(text)) {
            if (!isOwn(hostOf(url.getValue()), blogHost)) {
                hits.add(new Hit(url.getStart(), url.getEnd(), Confidence.MEDIUM));
            }
        }
        return hits;
    }

    static String hostOf(String url) {
        String rest = url.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
        int userInfo = host.lastIndexOf('@');
        return userInfo >= 0 ? host.substring(userInfo + 1) : host;
    }

    /** The blog's host, or any of its subdomains (www., m.). */
    static boolean isOwn(String host, String blogHost) {
        String bare = blogHost.startsWith("www.") ? blogHost.substring(4) : blogHost;
        return host.equals(bare) || host.endsWith("." + bare);
    }
}
