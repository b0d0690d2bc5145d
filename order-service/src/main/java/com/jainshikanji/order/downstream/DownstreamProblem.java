package com.jainshikanji.order.downstream;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.web.client.HttpClientErrorException;

/**
 * A downstream service's refusal (4xx problem+json) as its client reads it, to turn into
 * this service's own problem. Only the stable parts are read: the type's slug and
 * extension members, never the human-readable title.
 */
public record DownstreamProblem(int status, String slug, @Nullable String detail, JsonNode body) {

	public static DownstreamProblem of(HttpClientErrorException ex) {
		JsonNode body = readBody(ex);
		String type = (body != null && body.hasNonNull("type")) ? body.get("type").asString() : "";
		String detail = (body != null && body.hasNonNull("detail")) ? body.get("detail").asString() : null;
		return new DownstreamProblem(ex.getStatusCode().value(), type.substring(type.lastIndexOf('/') + 1), detail,
				(body != null) ? body : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
	}

	public boolean is(int status, String slug) {
		return this.status == status && this.slug.equals(slug);
	}

	/** An extension member, when present. */
	public Optional<JsonNode> member(String name) {
		return Optional.ofNullable(this.body.get(name)).filter((node) -> !node.isNull());
	}

	private static @Nullable JsonNode readBody(HttpClientErrorException ex) {
		try {
			return ex.getResponseBodyAs(JsonNode.class);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

}
