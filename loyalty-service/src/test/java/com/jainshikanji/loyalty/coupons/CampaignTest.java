package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.jainshikanji.loyalty.points.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CampaignTest {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final UUID SHIKANJI = UUID.randomUUID();

	static final UUID SNACK = UUID.randomUUID();

	static final UUID DRINKS = UUID.randomUUID();

	/** ₹2 x 60 shikanji (drinks) and ₹80 x 1 snack: ₹200, delivery ₹30. */
	static final Cart CART = new Cart(new BigDecimal("200.00"), new BigDecimal("30.00"),
			List.of(new Cart.Line(SHIKANJI, DRINKS, new BigDecimal("60.00"), 2),
					new Cart.Line(SNACK, null, new BigDecimal("80.00"), 1)));

	@Test
	void aPercentageIsOfTheCoveredItemsCappedByTheMaximum() {
		assertThat(terms().discountValue("10").build().evaluate(CART, Tier.BRONZE, NOW).discount())
			.isEqualByComparingTo("20.00");
		assertThat(terms().discountValue("10").categories(DRINKS).build().evaluate(CART, Tier.BRONZE, NOW).discount())
			.isEqualByComparingTo("12.00");
		assertThat(terms().discountValue("50").maxDiscount("40").build().evaluate(CART, Tier.BRONZE, NOW).discount())
			.isEqualByComparingTo("40.00");
	}

	@Test
	void aFixedDiscountNeverExceedsTheCoveredItems() {
		Campaign fixed = terms().type(DiscountType.FIXED).discountValue("100").products(SNACK).build();

		assertThat(fixed.evaluate(CART, Tier.BRONZE, NOW).discount()).isEqualByComparingTo("80.00");
	}

	@Test
	void aFreeItemIsOneUnitOfTheCheapestCoveredItem() {
		assertThat(terms().type(DiscountType.FREE_ITEM).build().evaluate(CART, Tier.BRONZE, NOW).discount())
			.isEqualByComparingTo("60.00");
	}

	@Test
	void freeDeliveryWaivesTheFeeAndNeedsOne() {
		Campaign free = terms().type(DiscountType.FREE_DELIVERY).build();
		Cart pickup = new Cart(CART.subtotal(), BigDecimal.ZERO, CART.lines());

		Evaluation delivered = free.evaluate(CART, Tier.BRONZE, NOW);

		assertThat(delivered.freeDelivery()).isTrue();
		assertThat(delivered.discount()).isZero();
		assertThat(free.evaluate(pickup, Tier.BRONZE, NOW).refusal()).isEqualTo(Refusal.NO_DELIVERY_FEE);
	}

	@Test
	void eachRuleRefusesWithItsReason() {
		assertThat(refusal(terms().active(false), CART, Tier.BRONZE, NOW)).isEqualTo(Refusal.INACTIVE);
		assertThat(refusal(terms(), CART, Tier.BRONZE, NOW.minusSeconds(86_400 * 2))).isEqualTo(Refusal.NOT_STARTED);
		assertThat(refusal(terms(), CART, Tier.BRONZE, NOW.plusSeconds(86_400 * 40))).isEqualTo(Refusal.EXPIRED);
		assertThat(refusal(terms().minOrderValue("200.01"), CART, Tier.BRONZE, NOW)).isEqualTo(Refusal.BELOW_MINIMUM);
		assertThat(refusal(terms().minOrderValue("200.00"), CART, Tier.BRONZE, NOW)).isNull();
		assertThat(refusal(terms().products(UUID.randomUUID()), CART, Tier.BRONZE, NOW))
			.isEqualTo(Refusal.NO_APPLICABLE_ITEMS);
		assertThat(refusal(terms().tiers(Tier.GOLD), CART, Tier.SILVER, NOW)).isEqualTo(Refusal.TIER_NOT_ELIGIBLE);
		assertThat(refusal(terms().tiers(Tier.GOLD), CART, Tier.GOLD, NOW)).isNull();
	}

	@Test
	void termsThatContradictThemselvesAreRefused() {
		assertThatExceptionOfType(InvalidCampaign.class)
			.isThrownBy(() -> new CampaignTerms("Backwards", null, null, "discount", DiscountType.FIXED, BigDecimal.ONE,
					null, null, List.of(), List.of(), Set.of(), null, 1, NOW, NOW, true));
		assertThatExceptionOfType(InvalidCampaign.class).isThrownBy(() -> terms().discountValue("100.01").build());
		assertThatExceptionOfType(InvalidCampaign.class)
			.isThrownBy(() -> terms().type(DiscountType.FIXED).discountValue("0").build())
			.withMessage("discountValue: must be more than 0 for a fixed discount");
		assertThatExceptionOfType(InvalidCampaign.class)
			.isThrownBy(() -> terms().type(DiscountType.FREE_DELIVERY).maxDiscount("20").build());
	}

	/**
	 * A campaign stored before a rule came is read back as it is, so it can be shown and
	 * corrected; the rule holds for the change.
	 */
	@Test
	void termsAreCheckedWhenSetNotWhenReadBack() {
		CampaignTerms nothingOff = new CampaignTerms("Old", null, null, "discount", DiscountType.FIXED, BigDecimal.ZERO,
				null, null, List.of(), List.of(), Set.of(), null, 1, NOW, NOW.plusSeconds(60), true);
		Campaign campaign = terms().build();

		assertThatExceptionOfType(InvalidCampaign.class).isThrownBy(() -> campaign.update(nothingOff, NOW));
	}

	private static @Nullable Refusal refusal(Terms terms, Cart cart, Tier tier, Instant at) {
		return terms.build().evaluate(cart, tier, at).refusal();
	}

	static Terms terms() {
		return new Terms();
	}

	/** Campaign terms, open from a day before {@link #NOW} for a month, 10% off. */
	static final class Terms {

		private DiscountType type = DiscountType.PERCENTAGE;

		private BigDecimal value = BigDecimal.TEN;

		private @Nullable BigDecimal minOrderValue;

		private @Nullable BigDecimal maxDiscount;

		private List<UUID> products = List.of();

		private List<UUID> categories = List.of();

		private Set<Tier> tiers = Set.of();

		private boolean active = true;

		Terms type(DiscountType type) {
			this.type = type;
			return this;
		}

		Terms discountValue(String value) {
			this.value = new BigDecimal(value);
			return this;
		}

		Terms minOrderValue(String value) {
			this.minOrderValue = new BigDecimal(value);
			return this;
		}

		Terms maxDiscount(String value) {
			this.maxDiscount = new BigDecimal(value);
			return this;
		}

		Terms products(UUID... products) {
			this.products = List.of(products);
			return this;
		}

		Terms categories(UUID... categories) {
			this.categories = List.of(categories);
			return this;
		}

		Terms tiers(Tier... tiers) {
			this.tiers = Set.of(tiers);
			return this;
		}

		Terms active(boolean active) {
			this.active = active;
			return this;
		}

		Campaign build() {
			return new Campaign(new CampaignTerms("Test", "TEST", null, "discount", this.type, this.value,
					this.minOrderValue, this.maxDiscount, this.products, this.categories, this.tiers, null, 1,
					NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30), this.active), NOW);
		}

	}

}
