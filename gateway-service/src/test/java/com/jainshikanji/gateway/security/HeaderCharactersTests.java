package com.jainshikanji.gateway.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTests {

	@Test
	void refusesAndAllowsExactlyTheHeadersSpringSecuritysFirewallDoes() {
		ServerWebExchangeFirewall spring = new StrictServerWebExchangeFirewall();
		StrictServerWebExchangeFirewall ours = new StrictServerWebExchangeFirewall();
		ours.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		ours.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		List<String> texts = new ArrayList<>();
		for (char c = 0; c < 0x3000; c++) {
			texts.add("a" + c + "b");
		}
		texts.addAll(List.of("\uFFFF", "\uFFFE", "\uD83D\uDE00", "\uD83D", "x\uDFFFy", "\u0378", "\u00A0", "\u200B",
				"\u2028", "Bearer eyJ.x-y_z~+/==", ""));
		int refused = 0;
		for (String text : texts) {
			boolean springAllowsValue = allows(spring, "X-Test", text);
			assertThat(allows(ours, "X-Test", text)).as("value %s", codes(text)).isEqualTo(springAllowsValue);
			boolean springAllowsName = allows(spring, "X" + text, "v");
			assertThat(allows(ours, "X" + text, "v")).as("name %s", codes(text)).isEqualTo(springAllowsName);
			refused += springAllowsValue ? 0 : 1;
		}
		// The comparison covers both verdicts: controls are refused, tab only in values.
		assertThat(refused).isGreaterThan(60);
		assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
		assertThat(allows(ours, "X-Absent", null)).isTrue();
		assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("a\u0085b")).isFalse();
	}

	/**
	 * Whether reading the header is allowed; a null value reads a header the request
	 * lacks.
	 */
	private static boolean allows(ServerWebExchangeFirewall firewall, String name, String value) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.GET, "/api/v1/products");
		if (value != null) {
			request.header(name, value);
		}
		ServerWebExchange exchange = firewall.getFirewalledExchange(MockServerWebExchange.from(request)).block();
		try {
			exchange.getRequest().getHeaders().getFirst(name);
			return true;
		}
		catch (ServerExchangeRejectedException ex) {
			return false;
		}
	}

	private static String codes(String text) {
		return text.chars().mapToObj((c) -> String.format("U+%04X", c)).toList().toString();
	}

}
