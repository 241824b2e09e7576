package dev.rounds.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the campaign plan written by the campaign stage. */
public final class PlanReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private PlanReader() {
    }

    public static Plan read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), Plan.class);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.error(file.toString(), 0, "there is no campaign plan to publish.",
                    "run the rounds:campaign goal first (it writes this file)."));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(Problem.error(file.toString(), 0,
                    "the campaign plan cannot be read: " + e.getMessage(), "run the rounds:campaign goal again."));
        }
    }
}
