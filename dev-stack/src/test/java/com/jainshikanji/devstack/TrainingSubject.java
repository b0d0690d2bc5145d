package com.jainshikanji.devstack;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;

/**
 * A stand-in for a service in {@link AotTrainingTests}: loads some classes for a cache to
 * hold and exits, as a service's training run does once its context is built; or, with
 * {@code TRAINING_SUBJECT=hangs}, never exits.
 */
public final class TrainingSubject {

	private TrainingSubject() {
	}

	public static void main(String[] args) throws InterruptedException {
		if ("hangs".equals(System.getenv("TRAINING_SUBJECT"))) {
			Thread.sleep(Long.MAX_VALUE);
		}
		Logger.getLogger("subject").fine("trained");
		System.out.println(new ConcurrentSkipListMap<>(Map.of("trained", true)));
	}

}
