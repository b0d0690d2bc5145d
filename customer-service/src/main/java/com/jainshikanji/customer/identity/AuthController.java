package com.jainshikanji.customer.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Register, log in, refresh and log out. The first three are open; logging out needs the
 * access token and ends only the caller's own session.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

	private final AuthenticationService authentication;

	AuthController(AuthenticationService authentication) {
		this.authentication = authentication;
	}

	@PostMapping("/register")
	ResponseEntity<TokenResponse> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
		AuthenticationService.Registered registered = this.authentication.register(request, ClientInfo.of(http));
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/customers/{id}")
				.buildAndExpand(registered.customerId())
				.toUri())
			.body(registered.tokens());
	}

	@PostMapping("/login")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return this.authentication.login(request, ClientInfo.of(http));
	}

	@PostMapping("/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
		return this.authentication.refresh(request, ClientInfo.of(http));
	}

	@PostMapping("/logout")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.authentication.logout(request, user.id());
		return ResponseEntity.noContent().build();
	}

}
