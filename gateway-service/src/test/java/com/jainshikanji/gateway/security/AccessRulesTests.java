package com.jainshikanji.gateway.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import com.jainshikanji.gateway.security.AccessRules.Access;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's rules, request by request (AuthenticationTests drive them through the
 * whole chain).
 */
class AccessRulesTests {

	private final AccessRules rules = SecurityConfiguration.accessRules(List.of("* /api/v1/admin/**",
			"POST /api/v1/products", "PUT /api/v1/products/**", "POST /api/v1/stores", "PUT /api/v1/stores/*"));

	@ParameterizedTest
	@CsvSource({ "POST, /api/v1/auth/login, ANYONE", "GET, /api/v1/auth/login, AUTHENTICATED",
			"POST, /api/v1/payments/webhook, ANYONE", "GET, /api/v1/products, ANYONE", "GET, /api/v1/products/, ANYONE",
			"GET, /api/v1/products/p1/reviews, ANYONE", "POST, /api/v1/products, ADMIN",
			"PUT, /api/v1/products/p1, ADMIN", "POST, /api/v1/products/p1/price, ANYONE",
			"GET, /api/v1/stores/s1, ANYONE", "PUT, /api/v1/stores/s1, ADMIN",
			"PUT, /api/v1/stores/s1/hours, AUTHENTICATED", "GET, /api/v1/admin/users, ADMIN",
			"DELETE, /api/v1/admin/users/u1, ADMIN", "GET, /api/v1/customers/me, AUTHENTICATED",
			"GET, /api/v1/orders, AUTHENTICATED", "GET, /api/v1/reviews/r1, ANYONE", "GET, /api/v1/reviews/my, ANYONE",
			"GET, /api/v1/reviews/product/p1, ANYONE", "GET, /api/v1/reviews/product/p1/more, AUTHENTICATED",
			"GET, /actuator/health/readiness, ANYONE", "GET, /actuator/env, AUTHENTICATED",
			"OPTIONS, /api/v1/orders, AUTHENTICATED", "GET, /analytics/app.js, ANYONE",
			"POST, /analytics/app.js, AUTHENTICATED", "POST, /api/v1/stores/, ADMIN", "PUT, /api/v1/stores/s1/, ADMIN",
			"POST, /api/v1/products/, ADMIN", "GET, /api/v1/stores/s1/, ANYONE", "HEAD, /api/v1/products, ANYONE",
			"HEAD, /api/v1/stores/s1, ANYONE", "HEAD, /api/v1/customers/me, AUTHENTICATED",
			"HEAD, /api/v1/admin/users, ADMIN", "GET, /fallback/order-service, AUTHENTICATED" })
	void decides(String method, String path, Access expected) {
		assertThat(this.rules.accessTo(MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build()))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/orders", "/api/v1/admin/users" })
	void aCorsPreflightIsOpenWhateverItsPath(String path) {
		MockServerHttpRequest preflight = MockServerHttpRequest.options(path)
			.header(HttpHeaders.ORIGIN, "https://app.jainshikanji.in")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.build();
		assertThat(this.rules.accessTo(preflight)).isEqualTo(Access.ANYONE);
	}

}
