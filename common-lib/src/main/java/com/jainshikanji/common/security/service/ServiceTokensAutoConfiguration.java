package com.jainshikanji.common.security.service;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * {@link ServiceTokens} for a service that has client credentials
 * ({@code jainshikanji.security.service-client.client-id}). Built on Boot's
 * {@code RestClient.Builder} where the service has one, so token requests carry the trace
 * context and show in {@code http.client.requests}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@ConditionalOnClass(RestClient.class)
@ConditionalOnProperty("jainshikanji.security.service-client.client-id")
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceTokensAutoConfiguration {

	@Bean
	ServiceTokens serviceTokens(ServiceClientProperties properties, Clock clock,
			ObjectProvider<RestClient.Builder> builders) {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requestFactory.setReadTimeout(properties.timeout());
		RestClient identity = builders.getIfAvailable(RestClient::builder).requestFactory(requestFactory).build();
		return new ServiceTokens(identity, properties, clock);
	}

}
