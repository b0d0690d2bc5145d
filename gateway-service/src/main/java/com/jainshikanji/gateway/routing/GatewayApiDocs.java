package com.jainshikanji.gateway.routing;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as the gateway serves it to Swagger UI. A service
 * documents its operator endpoints at its own {@code /api/v1/admin/...}, which clients
 * reach at {@code /api/v1/admin/<service>/...} ({@link RoutesConfiguration}); the
 * document gets the gateway's paths, so that "Try it out" calls what the gateway routes.
 * Anything that is not such a document (a 503 problem from the fallback, say) passes
 * unchanged.
 */
final class GatewayApiDocs {

	private static final String ADMIN = "/api/v1/admin";

	private static final JsonMapper JSON = JsonMapper.shared();

	private GatewayApiDocs() {
	}

	static byte[] rewrite(byte[] document, String service) {
		JsonNode root;
		try {
			root = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			return document;
		}
		if (!(root instanceof ObjectNode openApi) || !(openApi.get("paths") instanceof ObjectNode paths)) {
			return document;
		}
		// A new object, so that the paths keep the service's order.
		ObjectNode gatewayPaths = JSON.createObjectNode();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			gatewayPaths.set(gatewayPath(path.getKey(), service), path.getValue());
		}
		openApi.set("paths", gatewayPaths);
		return JSON.writeValueAsBytes(openApi);
	}

	static String gatewayPath(String servicePath, String service) {
		if (servicePath.equals(ADMIN) || servicePath.startsWith(ADMIN + "/")) {
			return ADMIN + "/" + service + servicePath.substring(ADMIN.length());
		}
		return servicePath;
	}

}
