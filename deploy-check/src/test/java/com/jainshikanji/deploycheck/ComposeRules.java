package com.jainshikanji.deploycheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules {@code docker-compose.yml} keeps for the services it builds from the
 * Dockerfile, each returning what breaks it (empty when kept), one line per breach naming
 * the service.
 */
final class ComposeRules {

	/** What Docker waits after SIGTERM before SIGKILL unless told otherwise. */
	static final Duration DOCKER_STOP_GRACE = Duration.ofSeconds(10);

	private ComposeRules() {
	}

	static List<String> all(Compose compose, Platform platform) {
		List<String> breaches = new ArrayList<>();
		breaches.addAll(stopGracePeriods(compose, platform.shutdownPhase()));
		breaches.addAll(memoryLimits(compose, platform.heapPercentage()));
		return breaches;
	}

	/**
	 * Each service has time to stop as Spring does: two phases that may each wait their
	 * whole timeout (the Kafka listeners finishing their records, the requests in flight
	 * draining). Docker's default 10 s ends them with a SIGKILL.
	 */
	static List<String> stopGracePeriods(Compose compose, Duration phase) {
		List<String> breaches = new ArrayList<>();
		Duration needed = phase.multipliedBy(2);
		compose.built().forEach((name, service) -> {
			Duration grace = (service.get("stop_grace_period") != null)
					? Compose.duration(String.valueOf(service.get("stop_grace_period"))) : DOCKER_STOP_GRACE;
			if (grace.compareTo(needed) < 0) {
				breaches.add("Service " + name + " is killed " + grace.toSeconds() + " s after it is asked to stop,"
						+ " but Spring's shutdown may take " + needed.toSeconds() + " s (two phases of "
						+ phase.toSeconds() + " s): set stop_grace_period");
			}
		});
		return breaches;
	}

	/** Each service has a memory limit that leaves its JVM room besides the heap. */
	static List<String> memoryLimits(Compose compose, int heapPercentage) {
		List<String> breaches = new ArrayList<>();
		compose.built().forEach((name, service) -> {
			Object limit = (service.get("deploy") instanceof Map<?, ?> deploy
					&& deploy.get("resources") instanceof Map<?, ?> resources
					&& resources.get("limits") instanceof Map<?, ?> limits) ? limits.get("memory") : null;
			if (limit == null) {
				breaches.add("Service " + name + " has no memory limit (deploy.resources.limits.memory): its heap"
						+ " would be sized from the host's memory");
			}
			else if (JvmMemory.tooSmall(Sizes.bytes(String.valueOf(limit)), heapPercentage)) {
				breaches.add("Service " + name + "'s memory limit " + limit + " "
						+ JvmMemory.describe(Sizes.bytes(String.valueOf(limit)), heapPercentage));
			}
		});
		return breaches;
	}

}
