package com.jainshikanji.gateway.ratelimit;

import java.security.Principal;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.AuthenticatedUserToken;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.gateway.config.GatewayProperties;
import com.jainshikanji.gateway.config.GatewayProperties.RedisFailurePolicy;
import com.jainshikanji.gateway.security.ClientAddress;
import com.jainshikanji.gateway.web.ProblemWriter;

/**
 * Per-minute request budgets: anonymous callers per client IP (per /64 for IPv6), the
 * payment provider's webhooks per client IP apart from them, authenticated users per user
 * id, admins with a larger budget. Every request is counted except those for the
 * gateway's own health, metrics and API documentation pages. Runs after authentication,
 * so the budget follows the verified token, not a claimed one. Every answer carries
 * {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; over the limit it is 429
 * problem+json with {@code Retry-After}.
 *
 * <p>
 * If Redis cannot be asked, {@code gateway.rate-limit.on-redis-failure} decides: ALLOW
 * serves the request unlimited, DENY answers 503. Either way it is logged (at most once a
 * minute) and counted in {@code gateway.ratelimit.store.failures}.
 */
@Component
class RateLimitFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final Duration FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);

	private final TokenBucket buckets;

	private final GatewayProperties.RateLimit limits;

	private final ClientAddress clientAddress;

	private final ProblemWriter problems;

	private final Counter storeFailures;

	private final MeterRegistry meters;

	private volatile long lastFailureLogged;

	RateLimitFilter(TokenBucket buckets, GatewayProperties properties, ClientAddress clientAddress,
			ProblemWriter problems, MeterRegistry meters) {
		this.buckets = buckets;
		this.limits = properties.rateLimit();
		this.clientAddress = clientAddress;
		this.problems = problems;
		this.meters = meters;
		for (String caller : new String[] { "anonymous", "webhook", "customer", "admin" }) {
			rejections(caller);
		}
		this.storeFailures = Counter.builder("gateway.ratelimit.store.failures")
			.description("Requests whose rate limit could not be checked because Redis was unreachable")
			.tag("policy", this.limits.onRedisFailure().name().toLowerCase(java.util.Locale.ROOT))
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.limits.enabled() || isTheGatewaysOwn(exchange.getRequest().getPath().value())) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map(this::budgetOf)
			.switchIfEmpty(Mono.fromSupplier(() -> anonymousBudgetOf(exchange)))
			.flatMap((budget) -> this.buckets.take("ratelimit:" + budget.key(), budget.perMinute(), WINDOW)
				.flatMap((outcome) -> apply(exchange, chain, budget, outcome))
				.onErrorResume(RedisUnavailable::matches, (ex) -> storeUnavailable(exchange, chain, ex)));
	}

	/**
	 * Health (the probes too), metrics and the Swagger UI are the gateway's own and stay
	 * reachable when budgets are spent or Redis is away. Everything else is counted,
	 * whatever it is or whether any route takes it: the path is canonical by now
	 * (CanonicalPathFilter), so no spelling of a routed path can pass for one of these.
	 */
	static boolean isTheGatewaysOwn(String path) {
		return startsWithSegment(path, "/actuator") || path.equals("/livez") || path.equals("/readyz")
				|| startsWithSegment(path, "/v3/api-docs") || startsWithSegment(path, "/swagger-ui")
				|| path.equals("/swagger-ui.html") || path.startsWith("/webjars/");
	}

	private static boolean startsWithSegment(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

	private Budget anonymousBudgetOf(ServerWebExchange exchange) {
		String client = ClientAddress.bucketOf(this.clientAddress.of(exchange));
		if (this.limits.webhookPaths().contains(exchange.getRequest().getPath().value())) {
			// The payment provider calls from a few addresses, for every payment: the
			// budget of an anonymous customer would refuse its webhooks at a few dozen
			// payments a minute, and they must not spend the customers' budget either.
			return new Budget("webhook:" + client, this.limits.webhookPerMinute());
		}
		return new Budget("ip:" + client, this.limits.anonymousPerMinute());
	}

	private Budget budgetOf(Principal principal) {
		if (principal instanceof AuthenticatedUserToken token) {
			AuthenticatedUser user = token.getPrincipal();
			return user.isAdmin() ? new Budget("admin:" + user.id(), this.limits.adminPerMinute())
					: new Budget("user:" + user.id(), this.limits.authenticatedPerMinute());
		}
		return new Budget("principal:" + principal.getName(), this.limits.authenticatedPerMinute());
	}

	private Mono<Void> apply(ServerWebExchange exchange, WebFilterChain chain, Budget budget,
			TokenBucket.Outcome outcome) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("X-RateLimit-Limit", String.valueOf(budget.perMinute()));
		headers.set("X-RateLimit-Remaining", String.valueOf(outcome.remaining()));
		if (outcome.allowed()) {
			return chain.filter(exchange);
		}
		rejections(budget.caller()).increment();
		long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return this.problems.write(exchange,
				Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
						"Request limit of " + budget.perMinute() + " per minute reached; retry in " + seconds + " s"));
	}

	/**
	 * Requests refused for a spent budget, by kind of caller; registered up front so that
	 * a rate over it reads 0, not "no data".
	 */
	private Counter rejections(String caller) {
		return Counter.builder("gateway.ratelimit.rejections")
			.description("Requests refused with 429 because the caller's budget was spent")
			.tag("caller", caller)
			.register(this.meters);
	}

	private Mono<Void> storeUnavailable(ServerWebExchange exchange, WebFilterChain chain, Throwable ex) {
		this.storeFailures.increment();
		long now = System.nanoTime();
		if (now - this.lastFailureLogged > FAILURE_LOG_INTERVAL.toNanos()) {
			this.lastFailureLogged = now;
			log.warn("Rate limiter store unreachable ({}); policy {}: requests are {}", ex.toString(),
					this.limits.onRedisFailure(),
					(this.limits.onRedisFailure() == RedisFailurePolicy.ALLOW) ? "served unlimited" : "refused");
		}
		if (this.limits.onRedisFailure() == RedisFailurePolicy.ALLOW) {
			return chain.filter(exchange);
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
		return this.problems.write(exchange,
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
						"Request limits cannot be checked right now; try again shortly"));
	}

	/**
	 * A caller's budget.
	 *
	 * @param key whose bucket
	 * @param perMinute its size
	 */
	record Budget(String key, int perMinute) {

		/** The kind of caller, for metrics (never who). */
		String caller() {
			if (this.key.startsWith("ip:")) {
				return "anonymous";
			}
			if (this.key.startsWith("webhook:")) {
				return "webhook";
			}
			return this.key.startsWith("admin:") ? "admin" : "customer";
		}

	}

}
