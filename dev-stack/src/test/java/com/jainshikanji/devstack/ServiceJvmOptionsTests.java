package com.jainshikanji.devstack;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM takes the last of repeated options: a service's own heap must win over the
 * common flags, and DEV_STACK_JAVA_OPTS (e.g. a benchmark's full JIT and larger heap)
 * over both.
 */
class ServiceJvmOptionsTests {

	private static final ServiceSpec SANDBOX = ServiceSpec.ALL.stream()
		.filter((spec) -> spec.name().equals("razorpay-sandbox"))
		.findFirst()
		.orElseThrow();

	@Test
	void aServicesOwnHeapWinsOverTheCommonOnes() {
		List<String> options = DevStack.serviceJvmOptions(SANDBOX, DevStack.SERVICE_JVM_OPTIONS);

		assertThat(options).startsWith(DevStack.SERVICE_JVM_OPTIONS.toArray(String[]::new));
		assertThat(lastMaximumHeap(options)).isEqualTo("-Xmx64m");
	}

	@Test
	void extraOptionsFromTheEnvironmentWinOverAServicesOwn() {
		List<String> common = new ArrayList<>(DevStack.SERVICE_JVM_OPTIONS);
		common.addAll(List.of("-XX:TieredStopAtLevel=4", "-Xmx256m"));

		List<String> options = DevStack.serviceJvmOptions(SANDBOX, common);

		assertThat(lastMaximumHeap(options)).isEqualTo("-Xmx256m");
		assertThat(options).endsWith("-XX:TieredStopAtLevel=4", "-Xmx256m");
	}

	private static String lastMaximumHeap(List<String> options) {
		return options.stream().filter((option) -> option.startsWith("-Xmx")).reduce((first, second) -> second).get();
	}

}
