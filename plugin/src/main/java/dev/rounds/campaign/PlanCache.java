package dev.rounds.campaign;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each post's {@link PostPlan} between builds, by a key that digests everything the plan depends on, so an
 * unchanged post is not read, ranked, composed and checked again.
 */
public interface PlanCache {

    Optional<PostPlan> get(String key);

    void put(String key, PostPlan plan);

    /**
     * A cache in memory, for a process that plans again and again (rounds:serve plans at every save): it keeps the
     * plans of the latest plan only, so an edited post's old plans do not pile up.
     */
    static PlanCache inMemory() {
        return new PlanCache() {
            private Map<String, PostPlan> kept = new ConcurrentHashMap<>();
            private Map<String, PostPlan> used = new ConcurrentHashMap<>();

            @Override
            public Optional<PostPlan> get(String key) {
                PostPlan plan = kept.get(key);
                if (plan == null) {
                    plan = used.get(key);
                }
                if (plan != null) {
                    used.put(key, plan);
                }
                return Optional.ofNullable(plan);
            }

            @Override
            public void put(String key, PostPlan plan) {
                used.put(key, plan);
            }

            @Override
            public void planned() {
                kept = used;
                used = new ConcurrentHashMap<>();
            }
        };
    }

    /** Called by the planner when a plan is complete: a cache may forget what that plan did not use. */
    default void planned() {
    }

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
