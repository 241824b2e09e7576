package dev.rounds.source;

import dev.rounds.core.Digests;
import dev.rounds.core.Problem;
import dev.rounds.core.Problems;
import dev.rounds.core.RelativeNames;
import dev.rounds.core.RoundsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one post file: strict UTF-8, front matter, dates, template tags of other generators. */
public final class PostReader {

    private final DateParser dates;
    private final FrontMatterParser parser = new FrontMatterParser();
    private final FrontMatterMapper mapper;
    private final ForeignTemplateTags foreignTags = new ForeignTemplateTags();

    /** A made-up post with the front matter posts usually have, for {@link #warmUp()}. */
    private static final String SAMPLE = String.join("\n", "---",
            "title: \"Pneumonia at home: who can go\"",
            "date: March 26, 2025",
            "author: jane",
            "reviewedBy: sam",
            "lastReviewed: 2025-12-01",
            "tags: [pneumonia, primary-care]",
            "description: \"Who can be treated at home, and who needs a bed.\"",
            "specialty: General practice",
            "aspect: treatment",
            "disclosures: \"None.\"",
            "references:",
            "  - doi: 10.1136/thx.2009.121434",
            "    label: \"BTS guideline 2009\"",
            "---",
            "Most adults with pneumonia can be treated at home.", "");

    public PostReader(DateParser dates) {
        this.dates = dates;
        this.mapper = new FrontMatterMapper(dates);
    }

    /**
     * Reads a made-up post from memory and throws the result away: in a cold JVM, the first post read pays for
     * loading and first running SnakeYAML and the front matter's mapping. rounds:build's warm-up does it on a spare
     * thread while the build looks for the posts and loads its caches.
     *
     * @return the problems reading it found (none: the tests hold the sample to that, so it runs every mapping)
     */
    public List<Problem> warmUp() {
        Problems problems = new Problems();
        FrontMatterParser.Result result = parser.parse("warm-up.md", SAMPLE);
        if (result instanceof FrontMatterParser.Parsed parsed) {
            mapper.map("warm-up.md", parsed.frontMatter(), problems);
        } else if (result instanceof FrontMatterParser.Failed failed) {
            problems.add(failed.problem());
        }
        return problems.all();
    }

    /**
     * A front matter this reader made of a file whose path and front matter block had this digest ({@link
     * SourcePost#frontMatterDigest()}): the same path and block give it again. What reading it reported is not
     * reported again: a caller that needs a read without a problem offers only one that had none.
     */
    public record Known(String digest, FrontMatter frontMatter) {
        public Known {
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(frontMatter, "frontMatter");
        }
    }

    /**
     * @param postsDirectory the posts folder (for the relative path)
     * @param file the post
     * @param bundleFiles files beside a bundle's index.md
     * @return the post, or empty when it cannot be read (the reason is in {@code problems})
     */
    public Optional<SourcePost> read(Path postsDirectory, Path file, List<Path> bundleFiles, Problems problems) {
        return read(postsDirectory, file, bundleFiles, problems, null);
    }

    /**
     * As {@link #read(Path, Path, List, Problems)}; when the file's front matter is still the block {@code known} was
     * made of, its front matter is {@code known}'s, without parsing the block again (an edit build of a post whose
     * body alone changed, in a cold JVM where the first YAML parse costs a tenth of a second).
     *
     * @param known what this reader made of the file's front matter before, or null
     */
    public Optional<SourcePost> read(Path postsDirectory, Path file, List<Path> bundleFiles, Problems problems,
                                     Known known) {
        String source = RelativeNames.of(postsDirectory, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new RoundsException("Cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
        Optional<String> decoded = decode(source, bytes, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (text.isBlank()) {
            problems.error(source, 0, "The file is empty.", "Write the post, or delete the file.");
            return Optional.empty();
        }
        int bodyStart = FrontMatterParser.bodyStart(text);
        // Of the path too: a front matter without a date takes the file name's.
        String digest = bodyStart < 0 ? null : new Digests().add(source).add(text.substring(0, bodyStart)).hex();
        String baseName = baseName(file);
        FrontMatter frontMatter;
        String rawBody;
        int bodyLine;
        if (known != null && known.digest().equals(digest)) {
            frontMatter = known.frontMatter();
            rawBody = text.substring(bodyStart);
            bodyLine = FrontMatterParser.lineAfter(text, bodyStart);
        } else {
            FrontMatterParser.Result result = parser.parse(source, text);
            if (result instanceof FrontMatterParser.Failed failed) {
                problems.add(failed.problem());
                return Optional.empty();
            }
            RawFrontMatter raw = ((FrontMatterParser.Parsed) result).frontMatter();
            frontMatter = withDate(source, raw, mapper.map(source, raw, problems), baseName, problems);
            rawBody = raw.body();
            bodyLine = raw.bodyLine();
        }
        String fileSlug = bundleFiles.isEmpty() && !isIndex(file) ? DateParser.stripFileDate(baseName)
                : DateParser.stripFileDate(file.getParent().getFileName().toString());
        String body = foreignTags.strip(source, rawBody, bodyLine, problems);
        return Optional.of(new SourcePost(file, source, frontMatter, body, bodyLine, fileSlug, bundleFiles, digest));
    }

    private FrontMatter withDate(String source, RawFrontMatter raw, FrontMatter frontMatter, String baseName,
                                 Problems problems) {
        Optional<ZonedDateTime> fromName = dates.fromFileName(baseName);
        Optional<Object> written = FrontMatterMapper.rawDate(raw);
        if (frontMatter.date() != null) {
            return frontMatter;
        }
        int line = raw.lines().getOrDefault("date", 1);
        if (written.isPresent() && fromName.isPresent()) {
            problems.warning(source, line, "The date '" + written.get() + "' cannot be read; the file name's date "
                    + fromName.get().toLocalDate() + " is used.", "Write it as 2024-03-26 or 'March 26, 2024'.");
        } else if (written.isPresent()) {
            problems.error(source, line, "The date '" + written.get() + "' cannot be read, and the file name has none.",
                    "Write it as 2024-03-26, 2024-03-26T09:30:00+01:00 or 'March 26, 2024'.");
            return frontMatter;
        }
        return fromName.map(date -> withDate(frontMatter, date)).orElse(frontMatter);
    }

    private static FrontMatter withDate(FrontMatter f, ZonedDateTime date) {
        return new FrontMatter(f.title(), date, f.publishDate(), f.expiryDate(), f.lastmod(), f.draft(), f.slug(),
                f.permalink(), f.tags(), f.aliases(), f.summary(), f.description(), f.excerptSeparator(), f.author(),
                f.reviewedBy(), f.lastReviewed(), f.medicalAudience(), f.specialty(), f.cover(), f.lang(), f.campaign(),
                f.tweets(), f.references(), f.disclosures(), f.acknowledged(), f.layout(), f.lines(), f.extra(),
                f.aspect());
    }

    private static Optional<String> decode(String source, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (MalformedInputException malformed) {
            int offset = buffer.position();
            problems.error(source, lineAt(bytes, offset), "The file is not UTF-8: byte 0x"
                    + String.format("%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF) + " cannot be read.",
                    "Save the file as UTF-8 in your editor (it may be Windows-1252 or Latin-1).");
            return Optional.empty();
        } catch (CharacterCodingException other) {
            problems.error(source, 0, "The file is not UTF-8.", "Save the file as UTF-8 in your editor.");
            return Optional.empty();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isIndex(Path file) {
        String name = file.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }
}
