package dev.rounds.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a request path into a file inside a served folder, and refuses every path that could leave it. Each segment is
 * decoded on its own, so {@code %2e%2e} and {@code %2f} cannot smuggle a {@code ..} or a separator past the check, and
 * the result must still lie inside the folder after normalising.
 */
final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * @param root the served folder
     * @param rawPath the request's path as sent (still percent-encoded), relative to where the folder is mounted
     * @return the file or folder it names, or empty if the path is malformed or leaves the folder
     */
    static Optional<Path> resolve(Path root, String rawPath) {
        Path base = root.toAbsolutePath().normalize();
        Path target = base;
        for (String segment : rawPath.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            Optional<String> name = decode(segment);
            if (name.isEmpty() || !safeName(name.get())) {
                return Optional.empty();
            }
            try {
                target = target.resolve(name.get());
            } catch (InvalidPathException unusable) {
                return Optional.empty();
            }
        }
        Path normalised = target.normalize();
        return normalised.startsWith(base) ? Optional.of(normalised) : Optional.empty();
    }

    /** Whether a request for this path wants a page (rather than a stylesheet, an image, a feed). */
    static boolean isPage(String rawPath) {
        String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
        return last.isEmpty() || last.endsWith(".html") || !last.contains(".");
    }

    private static boolean safeName(String name) {
        return !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0;
    }

    /** Percent-decoding of one segment as UTF-8; '+' stays '+' (it means a space only in query strings). */
    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= segment.length()) {
                return Optional.empty();
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }
}
