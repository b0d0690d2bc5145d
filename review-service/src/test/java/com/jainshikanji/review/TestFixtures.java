package com.jainshikanji.review;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;

/**
 * What the tests drive the service with, made once per context: the HTTP client of its
 * clients ({@link Api}) and the orders delivered to customers ({@link Deliveries}).
 * Neither keeps state between calls. Their bean names are the tests' own: the service has
 * a bean called {@code api} (its security filter chain).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestFixtures {

	@Bean
	Api testApi(RestTestClient client) {
		return new Api(client);
	}

	@Bean
	Deliveries testDeliveries(KafkaTemplate<String, String> kafka, EventJson json, JdbcClient jdbc) {
		return new Deliveries(kafka, json, jdbc);
	}

}
