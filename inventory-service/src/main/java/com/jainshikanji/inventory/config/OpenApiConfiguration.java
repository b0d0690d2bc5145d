package com.jainshikanji.inventory.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI inventoryServiceApi() {
		return new OpenAPI()
			.info(new Info().title("Inventory service")
				.version("v1")
				.description("Product catalog (categories, products, customizations, pricing), stock per store with "
						+ "its audit trail, stock reservations for order placement, suppliers and purchase orders. "
						+ "Browsing and pricing are public; everything else needs a bearer token. Errors are "
						+ "RFC 9457 problem+json."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
