package dev.rounds.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rounds.core.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The default channel: appends each tweet as one JSON line to a file, so an author can see (or post by hand) what
 * would go out without any account.
 */
public final class OutboxChannel implements Channel {

    /** Relative to the project's base directory. */
    public static final Path DEFAULT_FILE = Path.of("target", "rounds", "outbox.jsonl");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Path file;
    private final Clock clock;
    private final Log log;

    public OutboxChannel(Path file, Clock clock, Log log) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    public OutboxChannel(Path file, Log log) {
        this(file, Clock.systemUTC(), log);
    }

    @Override
    public String name() {
        return "outbox";
    }

    public Path file() {
        return file;
    }

    @Override
    public SendResult send(OutgoingTweet tweet) throws ChannelException {
        if (tweet.dryRun()) {
            log.info("[dry run] would append " + tweet.id() + " (" + tweet.lengthLabel() + ") to " + file);
            return new SendResult("dry-run-" + tweet.id());
        }
        OutboxLine line = new OutboxLine(tweet.id(), tweet.text(), tweet.url(), tweet.weightedLength(),
                tweet.scheduledAt(), clock.instant());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw ChannelException.other("cannot append to " + file + ": " + e.getMessage(), e);
        }
        log.info("Appended " + tweet.id() + " (" + tweet.lengthLabel() + ") to " + file);
        return new SendResult("outbox-" + tweet.id());
    }

    /** One line of the outbox file. */
    record OutboxLine(String id, String text, String url, int weightedLength, OffsetDateTime scheduledAt,
                      Instant sentAt) {
    }
}
