package com.jainshikanji.customer.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Where a request came from. The IP is the servlet's remote address, which honours
 * {@code X-Forwarded-For} only from trusted proxies
 * ({@code server.tomcat.remoteip.internal-proxies}), so a client cannot choose its own.
 * Both are cut to their columns' lengths: behind a trusted proxy, a client inside the
 * trusted ranges can still put anything into {@code X-Forwarded-For}.
 *
 * @param ip the client address, at most 45 characters (an IPv6 address)
 * @param userAgent the {@code User-Agent}, at most 255 characters
 */
record ClientInfo(String ip, @Nullable String userAgent) {

	static final int MAX_IP = 45;

	static final int MAX_USER_AGENT = 255;

	static ClientInfo of(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		return new ClientInfo(cut(request.getRemoteAddr(), MAX_IP),
				(agent != null) ? cut(agent, MAX_USER_AGENT) : null);
	}

	private static String cut(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
