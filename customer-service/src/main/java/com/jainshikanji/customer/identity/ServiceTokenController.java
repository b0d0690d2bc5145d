package com.jainshikanji.customer.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tokens for the platform's own services. Called service to service, never
 * through the gateway (which demands an access token for this path).
 */
@RestController
@Tag(name = "Service tokens", description = "Client credentials of the platform's own services")
class ServiceTokenController {

	private final ServiceClients clients;

	ServiceTokenController(ServiceClients clients) {
		this.clients = clients;
	}

	@PostMapping("/api/v1/auth/service-token")
	@Operation(summary = "Trade a service's client id and secret for a short-lived SERVICE token")
	ServiceTokenResponse token(@Valid @RequestBody ServiceTokenRequest request) {
		AccessTokenIssuer.IssuedAccessToken token = this.clients.tokenFor(request.clientId(), request.clientSecret());
		return new ServiceTokenResponse(token.value(), "Bearer", token.expiresInSeconds());
	}

}
