package com.jainshikanji.common.openapi;

import java.util.Map;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

import com.jainshikanji.common.security.PublicEndpoints;

/**
 * The service's OpenAPI document: title and description from {@link ApiProperties}, the
 * bearer-token scheme, and a security requirement on exactly the operations that need a
 * token, read from the same {@link PublicEndpoints} the security configuration uses.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ OpenAPI.class, OpenApiCustomizer.class })
@EnableConfigurationProperties(ApiProperties.class)
public class OpenApiAutoConfiguration {

	static final String BEARER = "bearer";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI serviceApi(ApiProperties properties, Environment environment) {
		String title = (properties.title() != null) ? properties.title()
				: environment.getProperty("spring.application.name", "API");
		String description = ((properties.description() != null) ? properties.description() + " " : "")
				+ "Errors are RFC 9457 problem+json; operations marked with a lock need a bearer access token "
				+ "from POST /api/v1/auth/login.";
		return new OpenAPI().info(new Info().title(title).version(properties.version()).description(description))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	/**
	 * Replaces springdoc's model resolver (it keeps one per class) with one that names
	 * nested types after their enclosing types.
	 */
	@Bean
	ModelResolver nestedTypeNamesModelResolver(ObjectMapperProvider mappers) {
		return new ModelResolver(mappers.jsonMapper(), new NestedTypeNames());
	}

	@Bean
	OpenApiCustomizer tokenRequirements(ObjectProvider<PublicEndpoints> publicEndpoints) {
		return (api) -> {
			PublicEndpoints open = publicEndpoints.getIfAvailable(PublicEndpoints::none);
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					Operation operation = entry.getValue();
					boolean isPublic = open.matches(HttpMethod.valueOf(entry.getKey().name()), path);
					if (!isPublic && operation.getSecurity() == null) {
						operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
					}
				}
			});
		};
	}

}
