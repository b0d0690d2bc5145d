package com.jainshikanji.common.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified access token, with the {@link AuthenticatedUser} it stands for as principal.
 */
public class AuthenticatedUserToken extends AbstractAuthenticationToken {

	private final AuthenticatedUser user;

	private final Jwt jwt;

	public AuthenticatedUserToken(AuthenticatedUser user, Jwt jwt) {
		super(user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
		this.user = user;
		this.jwt = jwt;
		setAuthenticated(true);
	}

	@Override
	public AuthenticatedUser getPrincipal() {
		return this.user;
	}

	@Override
	public Jwt getCredentials() {
		return this.jwt;
	}

	@Override
	public String getName() {
		return this.user.id().toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AuthenticatedUserToken token && this.user.equals(token.user)
				&& this.jwt.getTokenValue().equals(token.jwt.getTokenValue());
	}

	@Override
	public int hashCode() {
		return this.jwt.getTokenValue().hashCode();
	}

}
