package com.jainshikanji.gateway;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.jainshikanji.gateway.ratelimit.RateLimitMemory;
import com.jainshikanji.testsupport.infra.Infrastructure;

/**
 * Every gateway test starts with full rate-limit budgets. The tests share one Redis and,
 * as nearly all of them call from the loopback address, one anonymous budget of 100 a
 * minute: without this, whichever classes ran before decided whether a test got 429s
 * (LoadBalancedRoutesTests did, run after ForwardingTests). The budgets are cleared in
 * the shared Redis itself, not through the test's context, which may point at a Redis
 * that is down on purpose; and the test's gateway forgets which buckets it saw empty.
 */
final class FreshRateLimitBudgets implements BeforeEachCallback {

	private static final String DELETE_BUDGETS = """
			for _, key in ipairs(redis.call('KEYS', 'ratelimit:*')) do redis.call('DEL', key) end
			return 0""";

	@Override
	public void beforeEach(ExtensionContext context) {
		SharedRedis.COMMANDS.eval(DELETE_BUDGETS, ScriptOutputType.INTEGER);
		RateLimitMemory.forget(SpringExtension.getApplicationContext(context));
	}

	private static final class SharedRedis {

		static final RedisCommands<String, String> COMMANDS = RedisClient
			.create(RedisURI.create(Infrastructure.shared().redisHost(), Infrastructure.shared().redisPort()))
			.connect()
			.sync();

	}

}
