package com.jainshikanji.common.security;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints of a service anyone may call without a token. Declared once, as a bean,
 * and read twice: {@link ResourceServer} lets them through, and the OpenAPI document
 * marks every other operation as needing a bearer token, so the two cannot disagree.
 *
 * <pre class="code">
 * &#64;Bean
 * PublicEndpoints publicEndpoints() {
 *     return PublicEndpoints.builder().get("/api/v1/products", "/api/v1/products/**").build();
 * }
 * </pre>
 */
public final class PublicEndpoints {

	private final List<Endpoint> endpoints;

	private PublicEndpoints(List<Endpoint> endpoints) {
		this.endpoints = List.copyOf(endpoints);
	}

	/** No public endpoints besides the platform's own (health, API docs, errors). */
	public static PublicEndpoints none() {
		return new PublicEndpoints(List.of());
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<Endpoint> endpoints() {
		return this.endpoints;
	}

	/**
	 * Whether a request with this method and path (a path template will do) is public.
	 */
	public boolean matches(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.endpoints.stream()
			.anyMatch((endpoint) -> (endpoint.method() == null || endpoint.method().equals(method))
					&& endpoint.pattern().matches(container));
	}

	/**
	 * Public requests to paths matching a pattern.
	 *
	 * @param method the HTTP method, or {@code null} for any
	 * @param pattern an Ant-style path pattern such as {@code /api/v1/products/**}
	 */
	public record Endpoint(@Nullable HttpMethod method, PathPattern pattern) {

		public String path() {
			return this.pattern.getPatternString();
		}

	}

	/** Collects public endpoints by method. */
	public static final class Builder {

		private final List<Endpoint> endpoints = new ArrayList<>();

		private Builder() {
		}

		public Builder get(String... patterns) {
			return add(HttpMethod.GET, patterns);
		}

		public Builder post(String... patterns) {
			return add(HttpMethod.POST, patterns);
		}

		public Builder add(@Nullable HttpMethod method, String... patterns) {
			for (String pattern : patterns) {
				this.endpoints.add(new Endpoint(method, PathPatternParser.defaultInstance.parse(pattern)));
			}
			return this;
		}

		public PublicEndpoints build() {
			return new PublicEndpoints(this.endpoints);
		}

	}

}
