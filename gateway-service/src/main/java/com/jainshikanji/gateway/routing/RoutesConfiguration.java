package com.jainshikanji.gateway.routing;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;

import com.jainshikanji.gateway.config.GatewayProperties;

/**
 * Routes per service, built from {@code gateway.services}: the service's API paths, its
 * operator endpoints at {@code /api/v1/admin/<service>/**} (sent as
 * {@code /api/v1/admin/**}), and its OpenAPI document at {@code /api-docs/<service>} for
 * the gateway's Swagger UI, with the operator endpoints at their gateway paths. Every
 * route keeps the client's Host (so the services' Location headers point at the gateway),
 * has its own timeouts and circuit breaker (a down or missing service answers 503
 * problem+json at once; only the service's own failures count, see
 * {@link DownstreamFailures}), and retries a request only when it never reached the
 * service: the connection was refused or not made in time, so not a byte was sent, and
 * the retry may go to another instance. That holds for every method (a POST to an
 * instance that just stopped goes to the one still running); an answer, even a 502, is
 * never retried, because the service may have acted on the request.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		for (Map.Entry<String, GatewayProperties.Service> entry : properties.services().entrySet()) {
			String name = entry.getKey();
			GatewayProperties.Service service = entry.getValue();
			routes.route(name, (route) -> route.path(service.paths().toArray(String[]::new))
				.filters((filters) -> filters.preserveHostHeader()
					.circuitBreaker((breaker) -> breaker.setName(name).setFallbackUri("forward:/fallback/" + name))
					.retry(RoutesConfiguration::retryRequestsThatNeverArrived))
				.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) service.connectTimeout().toMillis())
				.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, service.responseTimeout().toMillis())
				.uri(service.uri()));
			// The service's operator endpoints (audit log, dead letters, parked events):
			// /api/v1/admin/<service>/<rest> is its /api/v1/admin/<rest>. ADMIN only, by
			// the gateway's admin-path rule for /api/v1/admin/**. Its problems and its
			// API document name the gateway's paths (AdminPaths).
			String adminPrefix = "/api/v1/admin/" + name;
			routes.route(name + "-admin", (route) -> route.path(adminPrefix, adminPrefix + "/**")
				.filters((filters) -> filters
					.rewritePath("^" + Pattern.quote(adminPrefix) + "(?<rest>/.*)?$", "/api/v1/admin${rest}")
					.modifyResponseBody(byte[].class, byte[].class,
							(exchange, body) -> Mono.justOrEmpty(
									(body != null && isProblem(exchange)) ? AdminPaths.inProblem(body, name) : body))
					.preserveHostHeader()
					.circuitBreaker((breaker) -> breaker.setName(name).setFallbackUri("forward:/fallback/" + name))
					.retry(RoutesConfiguration::retryRequestsThatNeverArrived))
				.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) service.connectTimeout().toMillis())
				.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, service.responseTimeout().toMillis())
				.uri(service.uri()));
			// Read only: any other method reached the service's /v3/api-docs, whose
			// answer (a 405 problem) named that internal path.
			routes.route(name + "-api-docs", (route) -> route.path("/api-docs/" + name)
				.and()
				.method(HttpMethod.GET, HttpMethod.HEAD)
				.filters((filters) -> filters.setPath("/v3/api-docs")
					.modifyResponseBody(byte[].class, byte[].class,
							(exchange, document) -> Mono.justOrEmpty(
									(document != null) ? AdminPaths.inApiDocs(document, name, service.paths()) : null))
					.circuitBreaker((breaker) -> breaker.setName(name).setFallbackUri("forward:/fallback/" + name)))
				.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) service.connectTimeout().toMillis())
				.uri(service.uri()));
		}
		return routes.build();
	}

	private static boolean isProblem(ServerWebExchange exchange) {
		MediaType type = exchange.getResponse().getHeaders().getContentType();
		return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static void retryRequestsThatNeverArrived(RetryConfig retry) {
		// The request's body is read only once connected (no body cache is needed).
		// ConnectException includes Netty's connect timeout.
		retry.setRetries(2)
			.allMethods()
			.setSeries()
			.setStatuses()
			.setExceptions(ConnectException.class)
			.setBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2, false);
	}

}
