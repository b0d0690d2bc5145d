package com.jainshikanji.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key in Redis, updated atomically by a Lua script using Redis' own
 * clock, so every gateway instance draws from the same bucket. A bucket holds
 * {@code capacity} tokens and refills at capacity per window.
 */
@Component
class TokenBucket implements DisposableBean {

	private static final String TAKE = """
			local key = KEYS[1]
			local capacity = tonumber(ARGV[1])
			local refill_per_ms = tonumber(ARGV[2])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local state = redis.call('HMGET', key, 'tokens', 'ts')
			local tokens = tonumber(state[1])
			local last = tonumber(state[2])
			if tokens == nil or last == nil then
			  tokens = capacity
			  last = now
			end
			tokens = math.min(capacity, tokens + math.max(0, now - last) * refill_per_ms)
			local allowed = 0
			local wait_ms = 0
			if tokens >= 1 then
			  tokens = tokens - 1
			  allowed = 1
			else
			  wait_ms = math.ceil((1 - tokens) / refill_per_ms)
			end
			redis.call('HSET', key, 'tokens', tostring(tokens), 'ts', now)
			redis.call('PEXPIRE', key, math.ceil(capacity / refill_per_ms) + 1000)
			return { allowed, math.floor(tokens), wait_ms }
			""";

	private static final String TAKE_SHA = sha1(TAKE);

	private final RedisClient client;

	private final ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor();

	private volatile CompletableFuture<StatefulRedisConnection<String, String>> connection;

	/**
	 * Uses the client Spring Boot configured (address, credentials, the fail-fast connect
	 * and command timeouts) for a connection of the limiter's own. Not Spring Data's
	 * reactive template: with its script executor and a reactive connection opened and
	 * closed around every command, that layer cost more gateway CPU per request than the
	 * command (docs/performance.md, P1).
	 */
	TokenBucket(LettuceConnectionFactory redis) {
		this.client = (RedisClient) redis.getRequiredNativeClient();
	}

	/** Takes one token from the key's bucket, if there is one. */
	Mono<Outcome> take(String key, int capacity, Duration window) {
		String[] keys = { key };
		String[] args = { String.valueOf(capacity), String.valueOf(capacity / (double) window.toMillis()) };
		return Mono.fromCompletionStage(() -> connection().thenCompose((redis) -> take(redis.async(), keys, args)))
			.map((result) -> new Outcome(result.get(0) == 1L, result.get(1), Duration.ofMillis(result.get(2))));
	}

	private static CompletionStage<List<Long>> take(RedisAsyncCommands<String, String> redis, String[] keys,
			String[] args) {
		return redis.<List<Long>>evalsha(TAKE_SHA, ScriptOutputType.MULTI, keys, args)
			.exceptionallyCompose((ex) -> (unwrap(ex) instanceof RedisNoScriptException)
					// Redis forgot the script (a restart, SCRIPT FLUSH): send it again.
					? redis.eval(TAKE, ScriptOutputType.MULTI, keys, args) : CompletableFuture.failedStage(ex));
	}

	/**
	 * The connection, opened when first needed and again after an attempt failed (Redis
	 * was not up yet); once open, Lettuce reconnects it by itself. Opening blocks for at
	 * most the connect timeout, so it happens off the event loop.
	 */
	private CompletableFuture<StatefulRedisConnection<String, String>> connection() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection;
		if (current != null && !current.isCompletedExceptionally()) {
			return current;
		}
		synchronized (this) {
			if (this.connection == current) {
				this.connection = CompletableFuture.supplyAsync(() -> this.client.connect(StringCodec.UTF8),
						this.connecting);
			}
			return this.connection;
		}
	}

	@Override
	public void destroy() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection;
		if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
			current.join().close();
		}
		this.connecting.close();
	}

	private static Throwable unwrap(Throwable ex) {
		return (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	private static String sha1(String script) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-1", ex);
		}
	}

	/**
	 * @param allowed whether the request may go on
	 * @param remaining tokens left in the bucket
	 * @param retryAfter when a token will be available again, if none was
	 */
	record Outcome(boolean allowed, long remaining, Duration retryAfter) {
	}

}
