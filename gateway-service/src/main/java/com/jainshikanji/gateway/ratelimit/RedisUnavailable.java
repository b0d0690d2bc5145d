package com.jainshikanji.gateway.ratelimit;

import org.springframework.dao.DataAccessException;

/** Recognises the failures that mean "Redis could not be asked" rather than a bug. */
final class RedisUnavailable {

	private RedisUnavailable() {
	}

	static boolean matches(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof io.lettuce.core.RedisException
					|| cause instanceof java.io.IOException || cause instanceof java.util.concurrent.TimeoutException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
