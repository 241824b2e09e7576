package dev.rounds.publish;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes an OAuth 1.0a HMAC-SHA1 signature from a recorded request (RFC 5849 section 3.4), independently of
 * twitter4j, so a test can prove the request was really signed with the right secrets.
 */
final class OAuth1Signature {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private OAuth1Signature() {
    }

    static Map<String, String> headerParameters(String authorization) {
        if (authorization == null || !authorization.startsWith("OAuth ")) {
            throw new AssertionError("not an OAuth header: " + authorization);
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(authorization.substring("OAuth ".length()));
        while (matcher.find()) {
            params.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** True when the request's oauth_signature matches the one computed with these secrets. */
    static boolean verifies(LoggedRequest request, String consumerSecret, String tokenSecret) {
        Map<String, String> oauth = headerParameters(request.getHeader("Authorization"));
        String claimed = oauth.get("oauth_signature");
        return claimed != null && claimed.equals(expected(request, oauth, consumerSecret, tokenSecret));
    }

    static String expected(LoggedRequest request, Map<String, String> oauth, String consumerSecret,
                           String tokenSecret) {
        List<String[]> params = new ArrayList<>();
        oauth.forEach((name, value) -> {
            if (!name.equals("oauth_signature") && !name.equals("realm")) {
                params.add(new String[] {encode(name), encode(value)});
            }
        });
        URI url = URI.create(request.getAbsoluteUrl());
        for (QueryParameter query : request.getQueryParams().values()) {
            for (String value : query.values()) {
                params.add(new String[] {encode(query.key()), encode(value)});
            }
        }
        // A JSON body is not form-encoded, so it takes no part in the signature (RFC 5849 3.4.1.3.1).
        String normalized = params.stream()
                .sorted((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]))
                .map(pair -> pair[0] + "=" + pair[1])
                .collect(Collectors.joining("&"));
        String baseString = request.getMethod().value().toUpperCase(Locale.ROOT) + "&" + encode(baseUri(url)) + "&"
                + encode(normalized);
        return hmacSha1(encode(consumerSecret) + "&" + encode(tokenSecret), baseString);
    }

    private static String baseUri(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = url.getPort() == -1 || (scheme.equals("http") && url.getPort() == 80)
                || (scheme.equals("https") && url.getPort() == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + url.getPort())
                + url.getRawPath();
    }

    /** RFC 3986 unreserved characters stay; everything else is %XX of its UTF-8 bytes, upper-case hex. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String hmacSha1(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
