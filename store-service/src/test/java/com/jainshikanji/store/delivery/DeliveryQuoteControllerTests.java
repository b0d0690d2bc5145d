package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.security.ResourceServerAutoConfiguration;
import com.jainshikanji.common.web.WebAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * How the quote's query binds and is validated, with the service's security and problems
 * but without a database: what reaches the quote, and what is refused before it.
 */
@WebMvcTest(DeliveryQuoteController.class)
@ImportAutoConfiguration({ WebAutoConfiguration.class, ResourceServerAutoConfiguration.class })
class DeliveryQuoteControllerTests {

	static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final String QUOTE = "/api/v1/stores/" + STORE + "/delivery-quote";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DeliveryQuotes quotes;

	@MockitoBean
	JwtDecoder jwtDecoder;

	/**
	 * The service's security configuration; not its client of the customer service, which
	 * needs metrics and service tokens this slice has not.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "com.jainshikanji.store.config",
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ClientsConfiguration"))
	static class Security {

	}

	@Test
	void anyoneGetsAQuoteForAPostalCodeAndSubtotal() {
		given(this.quotes.quote(STORE, "380 001", Money.of("250.5"), null)).willReturn(quote());

		assertThat(this.mvc.get().uri(QUOTE + "?postalCode=380 001&subtotal=250.5")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.zoneName")
			.isEqualTo("Old City");
	}

	@Test
	void theSubtotalIsOptional() {
		given(this.quotes.quote(STORE, "380001", null, null)).willReturn(quote());

		assertThat(this.mvc.get().uri(QUOTE + "?postalCode=380001")).hasStatusOk();
		then(this.quotes).should().quote(STORE, "380001", null, null);
	}

	@Test
	void aBadQueryIsRefusedNamingTheParameterBeforeAnyQuote() {
		for (String query : List.of("postalCode=!!", "postalCode=12", "subtotal=10", "postalCode=380001&subtotal=-1",
				"postalCode=380001&subtotal=1.001", "postalCode=380001&subtotal=1e30",
				"postalCode=380001&subtotal=ten")) {
			assertThat(this.mvc.get().uri(QUOTE + "?" + query)).as(query)
				.hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isIn("postalCode", "subtotal");
		}
		assertThat(this.mvc.get().uri("/api/v1/stores/manek-chowk/delivery-quote?postalCode=380001")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("storeId");
		then(this.quotes).shouldHaveNoInteractions();
	}

	@Test
	void aBadTokenIsRefusedEvenHere() {
		given(this.jwtDecoder.decode(any())).willThrow(new BadJwtException("not a token"));

		assertThat(this.mvc.get().uri(QUOTE + "?postalCode=380001").header(HttpHeaders.AUTHORIZATION, "Bearer x.y.z"))
			.hasStatus(401)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("invalid-token");
	}

	private static DeliveryQuote quote() {
		return new DeliveryQuote(STORE, "380001", true, UUID.randomUUID(), "Old City", new BigDecimal("20.00"), false,
				40, true, true, true, new BigDecimal("100.00"), new BigDecimal("250.50"), true, true, List.of());
	}

}
