package com.jainshikanji.order.order;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void theDefaultsBind() {
		this.context.run((context) -> {
			assertThat(context).hasNotFailed();
			OrdersProperties orders = context.getBean(OrdersProperties.class);
			assertThat(orders.paymentWindow()).isEqualTo(Duration.ofMinutes(15));
			assertThat(orders.preparationLead()).isEqualTo(Duration.ofMinutes(60));
		});
	}

	@Test
	void aZeroLeadIsAllowed() {
		this.context.withPropertyValues("orders.preparation-lead=0s")
			.run((context) -> assertThat(context.getBean(OrdersProperties.class).preparationLead()).isZero());
	}

	@ParameterizedTest
	@CsvSource({ "payment-window, 0s, paymentWindow", "payment-window, -15m, paymentWindow",
			"schedule-horizon, -1d, scheduleHorizon", "preparation-lead, -60m, preparationLead" })
	void aNegativeDurationStopsTheServiceNamingTheSetting(String setting, String value, String field) {
		this.context.withPropertyValues("orders." + setting + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("orders." + field);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OrdersProperties.class)
	static class Settings {

	}

}
