package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.delivery.DeliveryQuote.Blocker;
import com.jainshikanji.store.outlet.DeliveryTerms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote's rules, without a database: fee (the zone's, else the store's, free from the
 * threshold), minimum order, delivery time, and why an order cannot be placed. The store
 * charges 30.00, delivers free from 500.00, takes orders from 100.00 and prepares in 15
 * minutes; its Old City zone charges 20.00 and takes 25 minutes.
 */
class DeliveryQuoteTests {

	static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final Instant NOW = Instant.parse("2026-11-18T06:30:00Z");

	final TermsBuilder store = new TermsBuilder();

	final DeliveryZone oldCity = zone("Old City", "20.00", 25);

	@Test
	void aCoveringZoneDeliversAtItsFeeAndTimePlusPreparation() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001", Money.of("250.00"));

		assertThat(quote.deliverable()).isTrue();
		assertThat(quote.zoneId()).isEqualTo(this.oldCity.id());
		assertThat(quote.zoneName()).isEqualTo("Old City");
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.freeDelivery()).isFalse();
		assertThat(quote.estimatedMinutes()).isEqualTo(25 + 15);
		assertThat(quote.minimumOrderValue()).isEqualTo(new BigDecimal("100.00"));
		assertThat(quote.subtotal()).isEqualTo(new BigDecimal("250.00"));
		assertThat(quote.meetsMinimumOrder()).isTrue();
		assertThat(quote.orderable()).isTrue();
		assertThat(quote.blockers()).isEmpty();
	}

	@Test
	void aZoneWithoutAFeeChargesTheStoresFee() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.build(), List.of(zone("Satellite", null, 40)), "380015",
				Money.of("250"));

		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("30.00"));
		assertThat(quote.estimatedMinutes()).isEqualTo(40 + 15);
	}

	@Test
	void deliveryIsFreeFromTheThresholdOn() {
		DeliveryQuote atThreshold = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001",
				Money.of("500.00"));
		DeliveryQuote justBelow = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001",
				Money.of("499.99"));

		assertThat(atThreshold.freeDelivery()).isTrue();
		assertThat(atThreshold.deliveryFee()).isEqualTo(new BigDecimal("0.00"));
		assertThat(justBelow.freeDelivery()).isFalse();
		assertThat(justBelow.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
	}

	@Test
	void aStoreWithoutAThresholdNeverDeliversFree() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.noFreeDelivery().build(), List.of(this.oldCity), "380001",
				Money.of("99999999.99"));

		assertThat(quote.freeDelivery()).isFalse();
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
	}

	@Test
	void aSubtotalBelowTheMinimumBlocksTheOrderButNotTheQuote() {
		DeliveryQuote below = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001", Money.of("99.99"));
		DeliveryQuote exactly = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001", Money.of("100"));

		assertThat(below.deliverable()).isTrue();
		assertThat(below.meetsMinimumOrder()).isFalse();
		assertThat(below.blockers()).containsExactly(Blocker.BELOW_MINIMUM_ORDER);
		assertThat(below.orderable()).isFalse();
		assertThat(exactly.meetsMinimumOrder()).isTrue();
		assertThat(exactly.orderable()).isTrue();
	}

	@Test
	void withoutASubtotalNeitherMinimumNorFreeDeliveryIsJudged() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.build(), List.of(this.oldCity), "380001", null);

		assertThat(quote.subtotal()).isNull();
		assertThat(quote.meetsMinimumOrder()).isNull();
		assertThat(quote.freeDelivery()).isFalse();
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.orderable()).isTrue();
	}

	@Test
	void noCoveringZoneMeansNotDeliverable() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.build(), List.of(), "400050", Money.of("250"));

		assertThat(quote.deliverable()).isFalse();
		assertThat(quote.zoneId()).isNull();
		assertThat(quote.zoneName()).isNull();
		assertThat(quote.deliveryFee()).isNull();
		assertThat(quote.estimatedMinutes()).isNull();
		assertThat(quote.blockers()).containsExactly(Blocker.NOT_DELIVERABLE);
	}

	@Test
	void anInactiveStoreDeliversNowhereEvenWithACoveringZone() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.inactive().build(), List.of(this.oldCity), "380001",
				Money.of("250"));

		assertThat(quote.deliverable()).isFalse();
		assertThat(quote.storeActive()).isFalse();
		assertThat(quote.zoneId()).isNull();
		assertThat(quote.deliveryFee()).isNull();
		assertThat(quote.blockers()).containsExactly(Blocker.STORE_INACTIVE);
	}

	@Test
	void aClosedStoreStillQuotesButCannotTakeTheOrder() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.closed().build(), List.of(this.oldCity), "380001",
				Money.of("250"));

		assertThat(quote.deliverable()).isTrue();
		assertThat(quote.deliveryFee()).isEqualTo(new BigDecimal("20.00"));
		assertThat(quote.openNow()).isFalse();
		assertThat(quote.blockers()).containsExactly(Blocker.CLOSED);
	}

	@Test
	void aStoreNotAcceptingOrdersSaysSo() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.notAcceptingOrders().build(), List.of(this.oldCity), "380001",
				Money.of("250"));

		assertThat(quote.acceptingOrders()).isFalse();
		assertThat(quote.blockers()).containsExactly(Blocker.NOT_ACCEPTING_ORDERS);
	}

	@Test
	void everyBlockerThatAppliesIsListedInOrder() {
		DeliveryQuote quote = DeliveryQuote.of(this.store.inactive().closed().notAcceptingOrders().build(), List.of(),
				"400050", Money.of("1"));

		assertThat(quote.blockers()).containsExactly(Blocker.STORE_INACTIVE, Blocker.NOT_DELIVERABLE, Blocker.CLOSED,
				Blocker.NOT_ACCEPTING_ORDERS, Blocker.BELOW_MINIMUM_ORDER);
		assertThat(quote.orderable()).isFalse();
	}

	@Test
	void amongCoveringZonesTheCheapestWinsThenTheFastest() {
		DeliveryZone express = zone("Express", "45.00", 10);
		DeliveryZone saver = zone("Saver", "10.00", 60);
		DeliveryZone storeFee = zone("At the store's fee", null, 5);
		DeliveryZone quickSaver = zone("Quick saver", "10.00", 30);

		List<DeliveryZone> ranked = List.of(express, saver, storeFee, quickSaver)
			.stream()
			.sorted(DeliveryZone.preferred((zone) -> zone.feeOr(Money.of("30.00"))))
			.toList();

		assertThat(ranked).containsExactly(quickSaver, saver, storeFee, express);
	}

	@Test
	void withFreeDeliveryTheFastestCoveringZoneWinsWhateverItsListedFee() {
		DeliveryZone express = zone("Express", "45.00", 10);
		DeliveryZone saver = zone("Saver", "10.00", 60);
		DeliveryZone storeFee = zone("At the store's fee", null, 20);
		List<DeliveryZone> covering = List.of(saver, storeFee, express, this.oldCity);

		DeliveryQuote free = DeliveryQuote.of(this.store.build(), covering, "380001", Money.of("500.00"));
		DeliveryQuote charged = DeliveryQuote.of(this.store.build(), covering, "380001", Money.of("499.99"));

		assertThat(free.freeDelivery()).isTrue();
		assertThat(free.zoneId()).isEqualTo(express.id());
		assertThat(free.deliveryFee()).isEqualTo(new BigDecimal("0.00"));
		assertThat(free.estimatedMinutes()).isEqualTo(10 + 15);
		assertThat(charged.zoneId()).isEqualTo(saver.id());
		assertThat(charged.deliveryFee()).isEqualTo(new BigDecimal("10.00"));
		assertThat(charged.estimatedMinutes()).isEqualTo(60 + 15);
	}

	@Test
	void equallyGoodZonesAreChosenByIdSoTheChoiceIsStable() {
		DeliveryZone one = zone("One", "20.00", 25);
		DeliveryZone other = zone("Other", "20.00", 25);

		DeliveryZone first = (one.id().compareTo(other.id()) < 0) ? one : other;

		assertThat(List.of(one, other).stream().min(DeliveryZone.preferred((zone) -> zone.feeOr(Money.ZERO))))
			.contains(first);
		assertThat(List.of(other, one).stream().min(DeliveryZone.preferred((zone) -> zone.feeOr(Money.ZERO))))
			.contains(first);
	}

	private static DeliveryZone zone(String name, String fee, int minutes) {
		return DeliveryZone.draw(STORE,
				ZoneDetails.of(name, List.of("380001"), (fee != null) ? Money.of(fee) : null, minutes, true), NOW);
	}

	/** The store's terms, open and taking orders unless told otherwise. */
	static final class TermsBuilder {

		private boolean active = true;

		private boolean acceptingOrders = true;

		private boolean openNow = true;

		private Money freeDeliveryThreshold = Money.of("500.00");

		TermsBuilder inactive() {
			this.active = false;
			return this;
		}

		TermsBuilder notAcceptingOrders() {
			this.acceptingOrders = false;
			return this;
		}

		TermsBuilder closed() {
			this.openNow = false;
			return this;
		}

		TermsBuilder noFreeDelivery() {
			this.freeDeliveryThreshold = null;
			return this;
		}

		DeliveryTerms build() {
			return new DeliveryTerms(STORE, this.active, this.acceptingOrders, this.openNow, Money.of("100.00"),
					Money.of("30.00"), this.freeDeliveryThreshold, 15);
		}

	}

}
