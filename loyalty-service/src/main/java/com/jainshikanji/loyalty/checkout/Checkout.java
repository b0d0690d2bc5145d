package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.loyalty.coupons.AppliedCoupon;
import com.jainshikanji.loyalty.coupons.Coupons;
import com.jainshikanji.loyalty.points.PointsLedger;
import com.jainshikanji.loyalty.points.Tier;

/**
 * Loyalty's part of the order saga. At placement the order service asks for a hold: under
 * the customer's account lock, the coupon's use is reserved and the points debited, all
 * or nothing, once per order id (asking again answers the same). The order's confirmation
 * confirms the hold; its cancellation, or a full refund, returns points and the coupon
 * use.
 */
@Service
@Transactional
public class Checkout {

	private final OrderHolds holds;

	private final PointsLedger points;

	private final Coupons coupons;

	private final Clock clock;

	Checkout(OrderHolds holds, PointsLedger points, Coupons coupons, Clock clock) {
		this.holds = holds;
		this.points = points;
		this.coupons = coupons;
		this.clock = clock;
	}

	HoldResponse hold(HoldRequest request) {
		Tier tier = this.points.lockForCheckout(request.customerId());
		Optional<OrderHold> existing = this.holds.findById(request.orderId());
		if (existing.isPresent()) {
			return HoldResponse.of(same(existing.get(), request));
		}
		Instant now = this.clock.instant();
		AppliedCoupon coupon = null;
		if (request.couponCode() != null && !request.couponCode().isBlank()) {
			coupon = this.coupons.reserve(request.couponCode(), request.customerId(), tier, request.orderId(),
					request.cart());
		}
		BigDecimal discount = (coupon != null) ? coupon.discount() : BigDecimal.ZERO.setScale(2);
		int redeem = (request.pointsToRedeem() != null) ? request.pointsToRedeem() : 0;
		BigDecimal value = this.points.valueOf(redeem);
		if (redeem > 0) {
			BigDecimal payable = request.subtotal().subtract(discount).max(BigDecimal.ZERO);
			BigDecimal allowed = payable.multiply(this.points.maxRedeemShare()).setScale(2, RoundingMode.DOWN);
			if (value.compareTo(allowed) > 0) {
				int maxPoints = allowed.divide(this.points.valueOf(1), 0, RoundingMode.DOWN).intValueExact();
				throw new PointsExceedShare(redeem, maxPoints, this.points.maxRedeemShare());
			}
			this.points.redeemForOrder(request.customerId(), request.orderId(), redeem);
		}
		OrderHold hold = new OrderHold(request.orderId(), request.customerId(), redeem, value,
				(coupon != null) ? coupon.campaignId() : null, (coupon != null) ? coupon.code() : null, discount,
				coupon != null && coupon.freeDelivery(), now);
		return HoldResponse.of(this.holds.save(hold));
	}

	/**
	 * Confirms the order's hold, if it has one still held, and records the payment that
	 * paid for the order. When that payment was refunded in full before the confirmation
	 * was seen (refunds come on another topic), what the order holds goes back now, as
	 * the refund would have done after it.
	 * @param paymentId {@code null} for cash on delivery
	 * @return whether anything was returned now
	 */
	public boolean confirm(UUID orderId, @Nullable UUID paymentId) {
		boolean refunded = this.points.confirmPayment(orderId, paymentId);
		this.holds.lockById(orderId).ifPresent((hold) -> {
			if (hold.confirm(this.clock.instant())) {
				this.coupons.confirm(orderId);
			}
		});
		return refunded && giveBack(orderId, "Order refunded");
	}

	/**
	 * Returns what the order holds, once: its points go back to the customer and its
	 * coupon use to the campaign.
	 * @return whether anything was returned now
	 */
	public boolean release(UUID orderId) {
		return giveBack(orderId, "Order cancelled");
	}

	/**
	 * Returns what an order refunded in full holds, as {@link #release} does for a
	 * cancelled one, even once it was confirmed and delivered: the customer got their
	 * money back, so they get back the points and the coupon use it paid with too. Only
	 * when the payment refunded is the one that paid for the order (a second payment's
	 * refund gives back money the order never kept); one seen before the order's
	 * confirmation waits for it ({@link #confirm}). Once, whatever the order of the
	 * order's events.
	 * @param paymentId the payment refunded in full
	 * @return whether anything was returned now
	 */
	public boolean refunded(UUID orderId, UUID paymentId) {
		return this.points.refundCounts(orderId, paymentId) && giveBack(orderId, "Order refunded");
	}

	private boolean giveBack(UUID orderId, String why) {
		this.points.lockOrder(orderId);
		OrderHold hold = this.holds.lockById(orderId).orElse(null);
		if (hold == null || !hold.release(this.clock.instant())) {
			return false;
		}
		this.points.returnRedemption(orderId, why);
		this.coupons.release(orderId);
		return true;
	}

	private static OrderHold same(OrderHold hold, HoldRequest request) {
		int redeem = (request.pointsToRedeem() != null) ? request.pointsToRedeem() : 0;
		if (!hold.customerId().equals(request.customerId()) || hold.points() != redeem
				|| !Objects.equals(normalized(hold.couponCode()), normalized(request.couponCode()))) {
			throw new HoldConflict(request.orderId(), "it already holds other points or another coupon");
		}
		if (hold.status() == OrderHold.Status.RELEASED) {
			throw new HoldConflict(request.orderId(), "its hold was released");
		}
		return hold;
	}

	private static @Nullable String normalized(@Nullable String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
