package com.jainshikanji.devstack;

import java.util.List;

/**
 * A service's own JVM options, after {@link DevStack#SERVICE_JVM_OPTIONS} so that they
 * win: each heap is sized for what the service keeps. Measured on the running platform
 * (docs/performance.md, "Local platform: start and stop"): after a full collection the
 * services with a database keep 50 to 65 MB, the gateway 33 MB, the Razorpay sandbox 20
 * MB; a serial heap grows towards its maximum before it collects its old generation, so a
 * maximum far above that only holds garbage.
 */
final class ServiceJvmOptions {

	private ServiceJvmOptions() {
	}

	static List<String> of(ServiceSpec spec) {
		return switch (spec.name()) {
			case "razorpay-sandbox" -> List.of("-Xms24m", "-Xmx64m");
			case "gateway-service" -> List.of("-Xmx96m");
			default -> List.of("-Xmx128m");
		};
	}

}
