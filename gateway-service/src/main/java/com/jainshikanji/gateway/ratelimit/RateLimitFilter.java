package com.jainshikanji.gateway.ratelimit;

import java.security.Principal;
import java.time.Duration;
import java.util.function.Supplier;

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
import com.jainshikanji.gateway.security.AnonymousEndpoints;
import com.jainshikanji.gateway.security.ClientAddress;
import com.jainshikanji.gateway.security.RequestBudgets;
import com.jainshikanji.gateway.web.AccessLogFilter;
import com.jainshikanji.gateway.web.GatewayOwnPaths;
import com.jainshikanji.gateway.web.ProblemWriter;

/**
 * Per-minute request budgets: anonymous callers per client IP (per /64 for IPv6), the
 * payment provider's webhooks per client IP apart from them, authenticated users per user
 * id, admins with a larger budget. Every request is counted except those for the
 * gateway's own health, metrics and API documentation pages: here, after authentication,
 * so that the budget follows the verified token, not a claimed one; and those that
 * security answers itself (401, 403, CORS) where it answers them
 * ({@link RequestBudgets}), against the verified user if there is one, else the client's
 * address. The endpoints made for callers who are not signed in
 * ({@link AnonymousEndpoints}) and the webhooks are always charged to the client's
 * address, whatever token comes along. Every answer carries {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining}; over the limit it is 429 problem+json with
 * {@code Retry-After}.
 *
 * <p>
 * If Redis cannot be asked, {@code gateway.rate-limit.on-redis-failure} decides: ALLOW
 * serves the request unlimited, DENY answers 503. Either way it is logged (at most once a
 * minute) and counted in {@code gateway.ratelimit.store.failures}.
 */
@Component
class RateLimitFilter implements WebFilter, RequestBudgets {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final Duration FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);

	/** What a request gets when Redis could not be asked. */
	private static final TokenBucket.Outcome UNCHECKED = new TokenBucket.Outcome(true, -1, Duration.ZERO);

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
		return charge(exchange, () -> chain.filter(exchange));
	}

	@Override
	public Mono<Void> charge(ServerWebExchange exchange, Supplier<Mono<Void>> answer) {
		String path = exchange.getRequest().getPath().value();
		if (!this.limits.enabled() || GatewayOwnPaths.contains(path)) {
			return answer.get();
		}
		// Only the bucket is Redis' to fail: an error of the request itself, later (the
		// service, the client going away), is no reason to send it on again unlimited.
		return budgetOf(exchange, path).flatMap((budget) -> take(budget).flatMap((outcome) -> (outcome == UNCHECKED)
				? unchecked(exchange, answer) : apply(exchange, answer, budget, outcome)));
	}

	private Mono<Budget> budgetOf(ServerWebExchange exchange, String path) {
		if (this.limits.webhookPaths().contains(path)) {
			// The payment provider calls from a few addresses, for every payment: the
			// budget of an anonymous customer would refuse its webhooks at a few dozen
			// payments a minute, and they must not spend the customers' budget either.
			return Mono.just(new Budget("webhook:" + clientOf(exchange), this.limits.webhookPerMinute()));
		}
		if (AnonymousEndpoints.contains(path)) {
			return Mono.just(addressBudgetOf(exchange));
		}
		return exchange.getPrincipal()
			.map((principal) -> budgetOf(exchange, principal))
			.switchIfEmpty(Mono.fromSupplier(() -> addressBudgetOf(exchange)));
	}

	private Budget addressBudgetOf(ServerWebExchange exchange) {
		return new Budget("ip:" + clientOf(exchange), this.limits.anonymousPerMinute());
	}

	private String clientOf(ServerWebExchange exchange) {
		return ClientAddress.bucketOf(this.clientAddress.of(exchange));
	}

	private Budget budgetOf(ServerWebExchange exchange, Principal principal) {
		if (principal instanceof AuthenticatedUserToken token) {
			AuthenticatedUser user = token.getPrincipal();
			exchange.getAttributes().put(AccessLogFilter.USER_ID, user.id().toString());
			return user.isAdmin() ? new Budget("admin:" + user.id(), this.limits.adminPerMinute())
					: new Budget("user:" + user.id(), this.limits.authenticatedPerMinute());
		}
		return new Budget("principal:" + principal.getName(), this.limits.authenticatedPerMinute());
	}

	/** A token from the budget's bucket, or {@link #UNCHECKED} when Redis cannot say. */
	private Mono<TokenBucket.Outcome> take(Budget budget) {
		return this.buckets.take("ratelimit:" + budget.key(), budget.perMinute(), WINDOW)
			.onErrorResume(RedisUnavailable::matches, (ex) -> {
				storeUnavailable(ex);
				return Mono.just(UNCHECKED);
			});
	}

	private Mono<Void> apply(ServerWebExchange exchange, Supplier<Mono<Void>> answer, Budget budget,
			TokenBucket.Outcome outcome) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("X-RateLimit-Limit", String.valueOf(budget.perMinute()));
		headers.set("X-RateLimit-Remaining", String.valueOf(outcome.remaining()));
		if (outcome.allowed()) {
			return answer.get();
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

	private void storeUnavailable(Throwable ex) {
		this.storeFailures.increment();
		long now = System.nanoTime();
		if (now - this.lastFailureLogged > FAILURE_LOG_INTERVAL.toNanos()) {
			this.lastFailureLogged = now;
			log.warn("Rate limiter store unreachable ({}); policy {}: requests are {}", ex.toString(),
					this.limits.onRedisFailure(),
					(this.limits.onRedisFailure() == RedisFailurePolicy.ALLOW) ? "served unlimited" : "refused");
		}
	}

	private Mono<Void> unchecked(ServerWebExchange exchange, Supplier<Mono<Void>> answer) {
		if (this.limits.onRedisFailure() == RedisFailurePolicy.ALLOW) {
			return answer.get();
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
