package dev.rounds.campaign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The link a teaser carries: the post (or a section of it), with UTM parameters when the author wants them. */
public final class TeaserLinks {

    private final CampaignSettings settings;

    public TeaserLinks(CampaignSettings settings) {
        this.settings = settings;
    }

    public String link(String postUrl, String slug, String sectionId) {
        StringBuilder url = new StringBuilder(postUrl);
        if (settings.utm()) {
            url.append("?utm_source=").append(encode(settings.utmSource()))
                    .append("&utm_medium=").append(encode(settings.utmMedium()))
                    .append("&utm_campaign=").append(encode(slug));
        }
        if (sectionId != null && !sectionId.isEmpty()) {
            url.append('#').append(encode(sectionId));
        }
        return url.toString();
    }

    /** The page a link points to, without query and fragment. */
    public static String page(String link) {
        int cut = link.length();
        for (char c : new char[] {'?', '#'}) {
            int at = link.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return link.substring(0, cut);
    }

    /** The fragment of a link, or "". */
    public static String anchor(String link) {
        int at = link.indexOf('#');
        return at < 0 ? "" : java.net.URLDecoder.decode(link.substring(at + 1), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
