package com.jainshikanji.store.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A zone's content as stored, and the rules it keeps. */
class DeliveryZoneTests {

	static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final Instant NOW = Instant.parse("2026-11-18T06:30:00Z");

	@Test
	void postalCodesAreStoredWithoutSpacesOrHyphensInUpperCaseAndOnce() {
		ZoneDetails details = ZoneDetails.of("  London  ",
				List.of("sw1a 1aa", "SW1A1AA", "380 001", "380-009", "380009", "380 - 010"), null, 30, true);

		assertThat(details.name()).isEqualTo("London");
		assertThat(details.postalCodes()).containsExactly("SW1A1AA", "380001", "380009", "380010");
	}

	@Test
	void aZoneCoversAtLeastOnePostalCodeAndTakesOneToSixHundredMinutes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZoneDetails.of("Nowhere", List.of(), null, 30, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZoneDetails.of("Instant", List.of("380001"), null, 0, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZoneDetails.of("Far", List.of("380001"), null, 601, true));
		assertThat(ZoneDetails.of("Far", List.of("380001"), null, 600, true).estimatedMinutes()).isEqualTo(600);
	}

	@Test
	void aZoneChargesItsOwnFeeOrElseTheStores() {
		DeliveryZone own = DeliveryZone.draw(STORE, ZoneDetails.of("Own", List.of("380001"), Money.of("20"), 25, true),
				NOW);
		DeliveryZone none = DeliveryZone.draw(STORE, ZoneDetails.of("None", List.of("380001"), null, 25, true), NOW);

		assertThat(own.feeOr(Money.of("30"))).isEqualTo(Money.of("20.00"));
		assertThat(none.feeOr(Money.of("30"))).isEqualTo(Money.of("30.00"));
	}

	@Test
	void aChangeReplacesTheWholeZone() {
		DeliveryZone zone = DeliveryZone.draw(STORE,
				ZoneDetails.of("Old City", List.of("380001"), Money.of("20"), 25, true), NOW);
		ZoneDetails change = ZoneDetails.of("Old City and Kalupur", List.of("380001", "380002"), null, 30, false);

		zone.change(change, NOW.plusSeconds(60));

		assertThat(zone.details()).isEqualTo(change);
		DeliveryZoneResponse response = zone.toResponse();
		assertThat(response.deliveryFee()).isNull();
		assertThat(response.active()).isFalse();
		assertThat(response.createdAt()).isEqualTo(NOW);
		assertThat(response.updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

}
