package com.jainshikanji.gateway.security;

import java.net.http.HttpClient;
import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.security.JwtProperties;
import com.jainshikanji.common.security.service.ServiceClientProperties;
import com.jainshikanji.common.security.service.ServiceTokens;

/**
 * The gateway asks the identity service which sessions ended, as the platform's services
 * ask anything only a service may: with its own client credentials
 * (SERVICE_SECRET_GATEWAY, which customer-service knows too). Without them it does not
 * start, unless asking is switched off ({@code gateway.ended-sessions.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EndedSessionsProperties.class)
@ConditionalOnBooleanProperty(name = "gateway.ended-sessions.enabled", matchIfMissing = true)
class EndedSessionsConfiguration {

	@Bean
	EndedSessions endedSessions(EndedSessionsProperties properties, ServiceClientProperties client,
			ServiceTokens serviceTokens, JwtProperties jwt, Clock clock, MeterRegistry meters) {
		if (!StringUtils.hasText(client.clientSecret())) {
			throw new IllegalStateException("Set SERVICE_SECRET_GATEWAY, the gateway's client secret at the identity "
					+ "service, for it to learn which sessions ended (or gateway.ended-sessions.enabled=false)");
		}
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requests.setReadTimeout(properties.timeout());
		RestClient identity = RestClient.builder()
			.baseUrl(properties.uri())
			.requestFactory(requests)
			.requestInterceptor(serviceTokens)
			.defaultStatusHandler((status) -> status.isSameCodeAs(HttpStatus.UNAUTHORIZED), (request, response) -> {
				// Signed with a key no longer published, say: the next question fetches a
				// new token.
				serviceTokens.invalidate();
				throw new IllegalStateException("The identity service refused the gateway's service token");
			})
			.build();
		return new EndedSessions(identity, properties, jwt.clockSkew(), clock, meters);
	}

}
