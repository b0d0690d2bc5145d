package com.jainshikanji.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's operator endpoints are documented, and its problems name them, at the
 * gateway paths that route to them; paths the gateway does not route are not documented;
 * nothing else changes.
 */
class AdminPathsTests {

	@Test
	void operatorEndpointsGetTheGatewayPathInTheServicesOrder() {
		String document = """
				{"openapi": "3.1.0", "info": {"title": "payment-service"},
				 "paths": {"/api/v1/payments/{id}": {"get": {}},
				           "/api/v1/admin/webhooks/parked": {"get": {"summary": "List parked webhooks"}},
				           "/api/v1/administrators": {"get": {}},
				           "/api/v1/admin": {"get": {}}},
				 "components": {"schemas": {}}}
				""";

		JsonNode rewritten = read(AdminPaths.inApiDocs(bytes(document), "payment-service",
				List.of("/api/v1/payments/**", "/api/v1/administrators")));

		assertThat(rewritten.get("paths").propertyNames()).containsExactly("/api/v1/payments/{id}",
				"/api/v1/admin/payment-service/webhooks/parked", "/api/v1/administrators",
				"/api/v1/admin/payment-service");
		assertThat(rewritten.at("/paths/~1api~1v1~1admin~1payment-service~1webhooks~1parked/get/summary").asString())
			.isEqualTo("List parked webhooks");
		assertThat(rewritten.get("info").get("title").asString()).isEqualTo("payment-service");
		assertThat(rewritten.has("components")).isTrue();
	}

	@Test
	void whatIsNotAnOpenApiDocumentPassesUnchanged() {
		for (String body : new String[] { "not json", "{\"status\": 503, \"title\": \"Service unavailable\"}", "[]" }) {
			assertThat(AdminPaths.inApiDocs(bytes(body), "order-service", List.of("/api/v1/orders/**")))
				.isEqualTo(bytes(body));
		}
	}

	@Test
	void pathsTheGatewayDoesNotRouteToTheServiceAreLeftOut() {
		String document = """
				{"openapi": "3.1.0", "info": {"title": "customer-service"},
				 "paths": {"/api/v1/customers/me": {"get": {}},
				           "/api/v1/users/{id}": {"get": {"summary": "For other services"}},
				           "/api/v1/auth/login": {"post": {}},
				           "/api/v1/customersextra": {"get": {}},
				           "/.well-known/jwks.json": {"get": {}},
				           "/api/v1/admin/audit": {"get": {}}}}
				""";

		JsonNode rewritten = read(AdminPaths.inApiDocs(bytes(document), "customer-service",
				List.of("/api/v1/auth/**", "/api/v1/customers/**", "/.well-known/jwks.json")));

		assertThat(rewritten.get("paths").propertyNames()).containsExactly("/api/v1/customers/me", "/api/v1/auth/login",
				"/.well-known/jwks.json", "/api/v1/admin/customer-service/audit");
	}

	@Test
	void aProblemNamesTheGatewayPathAsItsInstance() {
		String problem = """
				{"type": "https://api.jainshikanji.in/problems/webhook-not-found", "status": 404,
				 "instance": "/api/v1/admin/webhooks/evt_1/retry", "detail": "No webhook with event id evt_1"}
				""";

		JsonNode rewritten = read(AdminPaths.inProblem(bytes(problem), "payment-service"));

		assertThat(rewritten.get("instance").asString())
			.isEqualTo("/api/v1/admin/payment-service/webhooks/evt_1/retry");
		assertThat(rewritten.get("detail").asString()).isEqualTo("No webhook with event id evt_1");
		for (String unchanged : new String[] { "{\"status\": 500}",
				"{\"status\": 503, \"instance\": \"/api/v1/admin/payment-service/audit\"}", "[1]" }) {
			assertThat(AdminPaths.inProblem(bytes(unchanged), "payment-service")).isEqualTo(bytes(unchanged));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode read(byte[] json) {
		return JsonMapper.shared().readTree(json);
	}

}
