package com.jainshikanji.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventLoopsTests {

	private String before;

	@BeforeEach
	void remember() {
		this.before = System.getProperty(GatewayServiceApplication.IO_WORKER_COUNT);
	}

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(GatewayServiceApplication.IO_WORKER_COUNT);
		}
		else {
			System.setProperty(GatewayServiceApplication.IO_WORKER_COUNT, this.before);
		}
	}

	@Test
	void runsOneEventLoopPerCoreRatherThanReactorNettysMinimumOfFour() {
		System.clearProperty(GatewayServiceApplication.IO_WORKER_COUNT);
		GatewayServiceApplication.useOneEventLoopPerCore();
		assertThat(System.getProperty(GatewayServiceApplication.IO_WORKER_COUNT))
			.isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void keepsACountTheJvmWasGiven() {
		System.setProperty(GatewayServiceApplication.IO_WORKER_COUNT, "6");
		GatewayServiceApplication.useOneEventLoopPerCore();
		assertThat(System.getProperty(GatewayServiceApplication.IO_WORKER_COUNT)).isEqualTo("6");
	}

}
