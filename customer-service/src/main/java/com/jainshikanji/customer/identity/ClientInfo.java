package com.jainshikanji.customer.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Where a request came from. The IP is the servlet's remote address, which honours
 * {@code X-Forwarded-For} only from trusted proxies
 * ({@code server.tomcat.remoteip.internal-proxies}), so a client cannot choose its own.
 */
record ClientInfo(String ip, String userAgent) {

	static ClientInfo of(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		return new ClientInfo(request.getRemoteAddr(),
				(agent != null && agent.length() > 255) ? agent.substring(0, 255) : agent);
	}

}
