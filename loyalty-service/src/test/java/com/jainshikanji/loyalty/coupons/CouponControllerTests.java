package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jainshikanji.common.security.ResourceServerAutoConfiguration;
import com.jainshikanji.common.web.WebAutoConfiguration;
import com.jainshikanji.loyalty.points.PointsLedger;
import com.jainshikanji.loyalty.points.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * How a coupon check's cart binds from the query, with the service's security and
 * problems but without a database: what reaches the check, and what is refused before it.
 */
@WebMvcTest(CouponController.class)
@ImportAutoConfiguration({ WebAutoConfiguration.class, ResourceServerAutoConfiguration.class })
class CouponControllerTests {

	static final UUID CUSTOMER = UUID.randomUUID();

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Coupons coupons;

	@MockitoBean
	PointsLedger points;

	@MockitoBean
	JwtDecoder jwtDecoder;

	/**
	 * The service's security configuration; not its client of the customer service, which
	 * needs metrics and service tokens this slice has not.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "com.jainshikanji.loyalty.config",
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ClientsConfiguration"))
	static class Security {

	}

	@BeforeEach
	void signIn() {
		given(this.jwtDecoder.decode("customer")).willReturn(Jwt.withTokenValue("customer")
			.header("alg", "RS256")
			.subject(CUSTOMER.toString())
			.claim("roles", List.of("CUSTOMER"))
			.claim("store_ids", List.of())
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.build());
		given(this.points.tierOf(CUSTOMER)).willReturn(Tier.GOLD);
		given(this.coupons.check(any(), any(), any(), any()))
			.willReturn(new CouponCheckResponse("SUMMER", true, null, null, BigDecimal.TEN, false));
	}

	@Test
	void theCartIsTheSubtotalSharedByTheProductsWithTheirCategoriesAndTheCallersTier() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID drinks = UUID.randomUUID();

		assertThat(this.mvc.get()
			.uri("/api/v1/loyalty/coupons/summer?subtotal=300&deliveryFee=30&productId=" + first + "&productId="
					+ second + "&categoryId=" + drinks)
			.header("Authorization", "Bearer customer")).hasStatusOk();

		ArgumentCaptor<Cart> cart = ArgumentCaptor.forClass(Cart.class);
		then(this.coupons).should().check(eq("summer"), eq(CUSTOMER), eq(Tier.GOLD), cart.capture());
		assertThat(cart.getValue().subtotal()).isEqualByComparingTo("300");
		assertThat(cart.getValue().deliveryFee()).isEqualByComparingTo("30");
		assertThat(cart.getValue().lines()).containsExactly(new Cart.Line(first, drinks, new BigDecimal("150.00"), 1),
				new Cart.Line(second, null, new BigDecimal("150.00"), 1));
	}

	@Test
	void aBadQueryIsRefusedNamingTheParameterBeforeAnyCheck() {
		for (String query : List.of("", "subtotal=-1", "subtotal=ten", "subtotal=10&deliveryFee=-1",
				"subtotal=10&productId=nope")) {
			assertThat(this.mvc.get()
				.uri("/api/v1/loyalty/coupons/SUMMER?" + query)
				.header("Authorization", "Bearer customer")).as(query)
				.hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		then(this.coupons).should(never()).check(any(), any(), any(), any());
	}

}
