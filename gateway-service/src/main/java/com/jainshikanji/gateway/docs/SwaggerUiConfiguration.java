package com.jainshikanji.gateway.docs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.properties.SwaggerUiConfigParameters;
import org.springdoc.webflux.ui.SwaggerConfigResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Swagger UI's configuration document ({@code /v3/api-docs/swagger-config}), with the
 * services' API documents listed only while they answer, and the UI opening on the first
 * of them; springdoc's static list would open on a service that is not running and show
 * "Failed to load API definition". Everything else in the document is springdoc's own.
 * Served as a functional route, which Spring WebFlux asks before springdoc's controller.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiConfiguration {

	static final String SWAGGER_CONFIG = "/v3/api-docs/swagger-config";

	/** Which of the listed documents the UI opens first. */
	static final String URLS_PRIMARY_NAME = "urls.primaryName";

	@Bean
	RouterFunction<ServerResponse> swaggerConfigOfAvailableServices(SwaggerConfigResource springdoc,
			ServiceApiDocs docs) {
		return RouterFunctions.route().GET(SWAGGER_CONFIG, (request) -> docs.available().flatMap((services) -> {
			Map<String, Object> config = new LinkedHashMap<>(springdoc.getSwaggerUiConfig(request.exchange()));
			config.remove(SwaggerUiConfigParameters.URL_PROPERTY);
			config.put(SwaggerUiConfigParameters.URLS_PROPERTY,
					services.stream().map((name) -> Map.of("name", name, "url", "/api-docs/" + name)).toList());
			if (services.isEmpty()) {
				config.remove(URLS_PRIMARY_NAME);
			}
			else {
				config.put(URLS_PRIMARY_NAME, services.getFirst());
			}
			return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(config);
		})).build();
	}

}
