package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.StoreRequest.AddressRequest;
import com.jainshikanji.store.outlet.StoreRequest.ContactRequest;
import com.jainshikanji.store.outlet.StoreRequest.CoordinatesRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How a store request becomes the details a store takes: defaults for what is left out,
 * normalized text, and the value objects' own rules.
 */
class StoreRequestTests {

	static final ContactRequest CONTACT = new ContactRequest(" ManekChowk@JainShikanji.IN ", " +91 79 2214 0001 ");

	static final AddressRequest ADDRESS = new AddressRequest(" Manek Chowk ", "  ", " Ahmedabad ", " Gujarat ",
			"380 001", null);

	@Test
	void settingsLeftOutTakeTheirDefaults() {
		StoreDetails details = new StoreRequest("manek-chowk", " Jain Shikanji ", " ", CONTACT, ADDRESS, null, null,
				null, null, null, null, null, null)
			.toDetails();

		assertThat(details.name()).isEqualTo("Jain Shikanji");
		assertThat(details.description()).isNull();
		assertThat(details.coordinates()).isNull();
		assertThat(details.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(details.active()).isTrue();
		assertThat(details.acceptingOrders()).isTrue();
		assertThat(details.orderSettings()).isEqualTo(new OrderSettings(Money.ZERO, Money.ZERO, null, 30));
	}

	@Test
	void givenSettingsAreKept() {
		StoreDetails details = new StoreRequest("manek-chowk", "Jain Shikanji", "By the lake", CONTACT, ADDRESS,
				new CoordinatesRequest(new BigDecimal("23.0237"), new BigDecimal("72.5879")), "Asia/Dubai", false,
				false, new BigDecimal("99.5"), new BigDecimal("25"), new BigDecimal("500.00"), 12)
			.toDetails();

		assertThat(details.timeZone()).isEqualTo(ZoneId.of("Asia/Dubai"));
		assertThat(details.active()).isFalse();
		assertThat(details.acceptingOrders()).isFalse();
		assertThat(details.orderSettings())
			.isEqualTo(new OrderSettings(Money.of("99.50"), Money.of("25.00"), Money.of("500.00"), 12));
		assertThat(details.coordinates())
			.isEqualTo(new Coordinates(new BigDecimal("23.02370000"), new BigDecimal("72.58790000")));
	}

	@Test
	void contactAndAddressAreStoredTrimmedWithComparablePostalCodes() {
		assertThat(CONTACT.toContact()).isEqualTo(new Contact("manekchowk@jainshikanji.in", "+91 79 2214 0001"));
		assertThat(ADDRESS.toAddress())
			.isEqualTo(new PostalAddress("Manek Chowk", null, "Ahmedabad", "Gujarat", "380001", "India"));
		assertThat(PostalAddress.of("10 Downing St", "Westminster", "London", "England", "sw1a 2aa", " UK "))
			.isEqualTo(new PostalAddress("10 Downing St", "Westminster", "London", "England", "SW1A2AA", "UK"));
	}

	@Test
	void coordinatesAreKeptToEightDecimals() {
		Coordinates precise = new Coordinates(new BigDecimal("23.023700004999"), new BigDecimal("-72.587900005"));

		assertThat(precise.latitude()).isEqualTo(new BigDecimal("23.02370000"));
		assertThat(precise.longitude()).isEqualTo(new BigDecimal("-72.58790001"));
		// Rounding a vanishing value must not compute a power of ten with a billion
		// digits.
		assertThat(new Coordinates(new BigDecimal("1e-999999999"), BigDecimal.ZERO).latitude())
			.isEqualTo(new BigDecimal("0E-8"));
	}

	@Test
	void coordinatesStayOnTheGlobe() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Coordinates(new BigDecimal("90.000000001"), BigDecimal.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Coordinates(BigDecimal.ZERO, new BigDecimal("-180.5")));
		assertThat(new Coordinates(new BigDecimal("-90"), new BigDecimal("180")).longitude())
			.isEqualTo(new BigDecimal("180.00000000"));
	}

	@Test
	void preparationTakesZeroToSixHundredMinutes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OrderSettings(Money.ZERO, Money.ZERO, null, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new OrderSettings(Money.ZERO, Money.ZERO, null, 601));
		assertThat(new OrderSettings(Money.ZERO, Money.ZERO, null, 600).preparationMinutes()).isEqualTo(600);
	}

}
