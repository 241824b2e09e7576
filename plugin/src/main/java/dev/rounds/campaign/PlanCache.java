package dev.rounds.campaign;

import java.util.Optional;

/**
 * Keeps each post's {@link PostPlan} between builds, by a key that digests everything the plan depends on, so an
 * unchanged post is not read, ranked, composed and checked again.
 */
public interface PlanCache {

    Optional<PostPlan> get(String key);

    void put(String key, PostPlan plan);

    /** A cache that keeps nothing. */
    static PlanCache none() {
        return new PlanCache() {
            @Override
            public Optional<PostPlan> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, PostPlan plan) {
                // nothing kept
            }
        };
    }
}
