package com.jainshikanji.gateway.web;

/**
 * The gateway's own pages: health (the probes too), metrics and the Swagger UI. They stay
 * reachable when budgets are spent or Redis is away, and they need no Host (a load
 * balancer's HTTP/1.0 health check sends none). The path is canonical by then
 * (CanonicalPathFilter), so no spelling of a routed path can pass for one of these.
 */
public final class GatewayOwnPaths {

	private GatewayOwnPaths() {
	}

	/** Whether the canonical path is one of the gateway's own pages. */
	public static boolean contains(String path) {
		return startsWithSegment(path, "/actuator") || path.equals("/livez") || path.equals("/readyz")
				|| startsWithSegment(path, "/v3/api-docs") || startsWithSegment(path, "/swagger-ui")
				|| path.equals("/swagger-ui.html") || path.startsWith("/webjars/");
	}

	private static boolean startsWithSegment(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

}
