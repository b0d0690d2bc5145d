package com.jainshikanji.gateway.routing;

import java.util.List;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's operator endpoints are its {@code /api/v1/admin/...}; clients reach them
 * through the gateway at {@code /api/v1/admin/<service>/...}
 * ({@link RoutesConfiguration}). What the service says about its paths is translated back
 * to the gateway's: the paths of its OpenAPI document (so that Swagger UI's "Try it out"
 * calls what the gateway routes, and without the paths it does not route) and the
 * {@code instance} of its problems. The rest of the document or problem passes unchanged.
 */
final class AdminPaths {

	private static final String ADMIN = "/api/v1/admin";

	private static final JsonMapper JSON = JsonMapper.shared();

	private AdminPaths() {
	}

	static String gatewayPath(String servicePath, String service) {
		if (servicePath.equals(ADMIN) || servicePath.startsWith(ADMIN + "/")) {
			return ADMIN + "/" + service + servicePath.substring(ADMIN.length());
		}
		return servicePath;
	}

	/**
	 * An OpenAPI document with its operator endpoints at their gateway paths, and without
	 * the paths the gateway does not route to the service (service-to-service endpoints
	 * such as customer-service's user lookup): a client reading it would only get 404s.
	 * @param routedPaths the service's path patterns in the gateway's routes
	 */
	static byte[] inApiDocs(byte[] document, String service, List<String> routedPaths) {
		List<PathPattern> routed = routedPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		return rewrite(document, (openApi) -> {
			if (!(openApi.get("paths") instanceof ObjectNode paths)) {
				return false;
			}
			// A new object, so that the paths keep the service's order.
			ObjectNode gatewayPaths = JSON.createObjectNode();
			paths.properties().forEach((path) -> {
				String gatewayPath = gatewayPath(path.getKey(), service);
				if (!gatewayPath.equals(path.getKey()) || isRouted(path.getKey(), routed)) {
					gatewayPaths.set(gatewayPath, path.getValue());
				}
			});
			openApi.set("paths", gatewayPaths);
			return true;
		});
	}

	private static boolean isRouted(String path, List<PathPattern> routed) {
		PathContainer container = PathContainer.parsePath(path);
		return routed.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	/**
	 * A problem whose {@code instance} is the gateway path the client asked for. The
	 * gateway's own problems for the route (the 503 of a service that is down) name it
	 * already.
	 */
	static byte[] inProblem(byte[] problem, String service) {
		String gatewayPrefix = ADMIN + "/" + service;
		return rewrite(problem, (body) -> {
			if (!(body.get("instance") instanceof JsonNode instance) || !instance.isString()
					|| instance.asString().equals(gatewayPrefix)
					|| instance.asString().startsWith(gatewayPrefix + "/")) {
				return false;
			}
			body.put("instance", gatewayPath(instance.asString(), service));
			return true;
		});
	}

	/**
	 * The JSON object changed in place, or the bytes as they came when there is nothing
	 * to change (or they are not a JSON object).
	 */
	private static byte[] rewrite(byte[] json, Predicate<ObjectNode> change) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return json;
		}
		return (root instanceof ObjectNode object && change.test(object)) ? JSON.writeValueAsBytes(object) : json;
	}

}
