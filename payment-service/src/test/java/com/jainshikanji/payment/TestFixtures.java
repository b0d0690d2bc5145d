package com.jainshikanji.payment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;

/**
 * What the tests drive the service with, made once for the shared context: the HTTP
 * client of its clients ({@link Api}), order-service's events ({@link OrderEvents}) and
 * the app's payment steps ({@link Flow}). None of them keeps state between calls. Their
 * bean names are the tests' own: the service has a bean called {@code api} (its security
 * filter chain).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestFixtures {

	@Bean
	Api testApi(RestTestClient client) {
		return new Api(client);
	}

	@Bean
	OrderEvents testOrderEvents(KafkaTemplate<String, String> kafka, EventJson json, JdbcClient jdbc) {
		return new OrderEvents(kafka, json, jdbc);
	}

	@Bean
	Flow testFlow(Api api, JdbcClient jdbc, EventJson json) {
		return new Flow(api, jdbc, json);
	}

}
