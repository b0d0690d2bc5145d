package com.jainshikanji.customer.identity;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The identity feature's small values: client info, emails, token delivery modes. */
class SmallValuesTest {

	@Test
	void clientInfoIsCutToItsColumns() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("x".repeat(100));
		request.addHeader(HttpHeaders.USER_AGENT, "y".repeat(300));

		ClientInfo client = ClientInfo.of(request);

		assertThat(client.ip()).hasSize(ClientInfo.MAX_IP);
		assertThat(client.userAgent()).hasSize(ClientInfo.MAX_USER_AGENT);
	}

	@Test
	void aClientWithoutUserAgentHasNone() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("2001:db8::1");

		assertThat(ClientInfo.of(request)).isEqualTo(new ClientInfo("2001:db8::1", null));
	}

	@Test
	void emailsAreStrippedAndLowerCasedWhichCanLengthenThem() {
		assertThat(Emails.normalize("  Asha@Example.COM ")).isEqualTo("asha@example.com");
		assertThat(Emails.normalize("\u0130".repeat(10))).hasSize(20);
		assertThat(Emails.normalize(null)).isNull();
	}

	@Test
	void anEmailSpeltWithCompatibilityCharactersIsTheSameAddress() {
		// A fullwidth "ｃ" registered a second account that looked like the first.
		assertThat(Emails.normalize("\uFF43ustomer@jainshikanji.local")).isEqualTo("customer@jainshikanji.local");
		assertThat(Emails.normalize("ASHA@EXAMPLE.COM")).isEqualTo("asha@example.com");
		assertThat(Emails.normalize("\uFB01rst@example.com")).isEqualTo("first@example.com");
		assertThat(Emails.normalize("jose\u0301@example.com")).isEqualTo("jos\u00e9@example.com");
	}

	@Test
	void aLoginRequestCarriesTheNormalisedEmail() {
		assertThat(new LoginRequest(" Asha@Example.com", "pw").email()).isEqualTo("asha@example.com");
	}

	@Test
	void theModeParameterIsReadCaseInsensitively() {
		TokenDelivery.FromParameter converter = new TokenDelivery.FromParameter();

		assertThat(converter.convert("cookie")).isEqualTo(TokenDelivery.COOKIE);
		assertThat(converter.convert("JSON")).isEqualTo(TokenDelivery.JSON);
		assertThat(TokenDelivery.COOKIE).hasToString("cookie");
		assertThatIllegalArgumentException().isThrownBy(() -> converter.convert("session"));
	}

	@Test
	void cookieModeLeavesTheRefreshTokenOutOfTheBody() {
		TokenResponse tokens = new TokenResponse("access", "refresh", "Bearer", 900);

		assertThat(tokens.withoutRefreshToken()).isEqualTo(new TokenResponse("access", null, "Bearer", 900));
	}

	@Test
	void aThrottledLoginIsToldToWaitAtLeastASecondRoundedUp() {
		assertThat(new TooManyLoginAttempts(java.time.Duration.ZERO).problemHeaders().getFirst(HttpHeaders.RETRY_AFTER))
			.isEqualTo("1");
		assertThat(new TooManyLoginAttempts(java.time.Duration.ofMillis(1500)).problemHeaders()
			.getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
	}

}
