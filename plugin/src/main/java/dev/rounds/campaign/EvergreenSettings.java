package dev.rounds.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The evergreen queue: older posts' teasers re-shared in free slots, as Revive Old Posts does.
 *
 * @param gap the least time between two shares of the same post, and the least age of a post before it is re-shared
 * @param horizon how far ahead of {@code now} the plan fills free slots
 * @param now the build's now: evergreen slots are planned from it, so with the queue on the plan depends on the day
 */
public record EvergreenSettings(Duration gap, Duration horizon, Instant now) {

    public static final Duration DEFAULT_GAP = Duration.ofDays(90);
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(14);

    public EvergreenSettings {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(now, "now");
        if (gap.isNegative() || gap.isZero() || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("evergreenGap and the horizon must be positive");
        }
    }
}
