package com.jainshikanji.gateway.docs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.stereotype.Component;

import com.jainshikanji.gateway.config.GatewayProperties;

/**
 * Which services' OpenAPI documents can be fetched right now. Each service's
 * {@code /v3/api-docs} is asked directly with a short timeout (a service that accepts the
 * connection but is slow to build its document counts as running); the answer is kept for
 * a few seconds, so a burst of Swagger UI page loads probes once, and a service that
 * comes up appears soon after. Only the Swagger UI asks, never the request path.
 */
@Component
class ServiceApiDocs {

	static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

	static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.create()
		.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) PROBE_TIMEOUT.toMillis())
		.responseTimeout(PROBE_TIMEOUT);

	private final Mono<List<String>> available;

	ServiceApiDocs(GatewayProperties properties) {
		List<Map.Entry<String, GatewayProperties.Service>> services = List.copyOf(properties.services().entrySet());
		this.available = Flux.fromIterable(services)
			.flatMapSequential((service) -> answers(service.getValue())
				.map((up) -> up ? List.of(service.getKey()) : List.<String>of()))
			.flatMapIterable((names) -> names)
			.collectList()
			.cache(KEPT_FOR);
	}

	/** The names of the services whose API document answers, in configuration order. */
	Mono<List<String>> available() {
		return this.available;
	}

	private Mono<Boolean> answers(GatewayProperties.Service service) {
		String url = service.uri().toString().replaceAll("/+$", "") + "/v3/api-docs";
		return this.http.get()
			.uri(url)
			.responseSingle((response, body) -> body.asByteArray().thenReturn(response.status().code() / 100 == 2))
			.timeout(PROBE_TIMEOUT.plusMillis(500))
			.onErrorResume((ex) -> Mono.just(listeningButSlow(ex)))
			.defaultIfEmpty(false);
	}

	/**
	 * A service that accepted the connection but is slow to answer is running: the first
	 * document a service builds takes seconds on a cold JVM, and leaving it out then
	 * would show a newcomer an empty Swagger UI. Refused or timed-out connections mean it
	 * is down.
	 */
	private static boolean listeningButSlow(Throwable ex) {
		return ex instanceof java.util.concurrent.TimeoutException
				|| ex instanceof io.netty.handler.timeout.ReadTimeoutException;
	}

}
