package com.jainshikanji.order.loyalty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.order.downstream.Downstream;
import com.jainshikanji.order.downstream.DownstreamProblem;
import com.jainshikanji.order.loyalty.LoyaltyApi.Hold;
import com.jainshikanji.order.loyalty.LoyaltyApi.HoldRequest;
import com.jainshikanji.order.loyalty.LoyaltyApi.Line;
import com.jainshikanji.order.order.PricedItem;

/**
 * The loyalty service, as order placement calls it with this service's own token (role
 * SERVICE). Holding is idempotent per order id (asking again answers the same hold), so
 * it is retried like reserving stock; releasing is idempotent too and best effort: the
 * loyalty service releases holds whose order never came by itself. Its refusals become
 * this service's problems, naming the field of the customer's request.
 */
public class LoyaltyClient {

	private static final Logger log = LoggerFactory.getLogger(LoyaltyClient.class);

	private final RestClient loyalty;

	private final Downstream downstream;

	private final Runnable forgetServiceToken;

	public LoyaltyClient(RestClient loyalty, Downstream downstream, Runnable forgetServiceToken) {
		this.loyalty = loyalty;
		this.downstream = downstream;
		this.forgetServiceToken = forgetServiceToken;
	}

	/**
	 * Holds the points and reserves a use of the coupon for the order, all or nothing.
	 * @throws CouponNotApplicable when the coupon does not apply or is used up
	 * @throws PointsNotRedeemable when the points exceed the balance or the order's share
	 */
	public LoyaltyHold hold(UUID orderId, UUID customerId, @Nullable String couponCode, int points,
			List<PricedItem> items, Money deliveryFee) {
		HoldRequest request = new HoldRequest(orderId, customerId, couponCode, points,
				PricedItem.subtotalOf(items).amount(), deliveryFee.amount(),
				items.stream()
					.map((item) -> new Line(item.productId(), item.categoryId(), item.unitPrice().amount(),
							item.quantity()))
					.toList());
		Hold hold = this.downstream.callIdempotent(() -> authorized(() -> {
			try {
				return this.loyalty.post()
					.uri("/api/v1/loyalty/holds")
					.contentType(MediaType.APPLICATION_JSON)
					.body(request)
					.retrieve()
					.body(Hold.class);
			}
			catch (HttpClientErrorException ex) {
				throw refused(ex, orderId);
			}
		}));
		Objects.requireNonNull(hold, "hold");
		return new LoyaltyHold(hold.couponCode(), Money.of(hold.discount()), hold.freeDelivery(), hold.points(),
				Money.of(hold.loyaltyDiscount()));
	}

	/**
	 * Returns the order's hold because the order was not placed after all. Best effort: a
	 * failure is logged, and the loyalty service releases the hold by itself later.
	 * @return whether the loyalty service confirmed the release
	 */
	public boolean releaseQuietly(UUID orderId) {
		try {
			release(orderId);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the loyalty hold of order {}; it lapses by itself", orderId, ex);
			return false;
		}
	}

	/**
	 * Returns whatever the order id holds, if anything (the loyalty service answers the
	 * same for an id that never held anything).
	 * @throws com.jainshikanji.order.downstream.DownstreamUnavailable when it could not
	 * be told
	 */
	public void release(UUID orderId) {
		this.downstream.callIdempotent(() -> authorized(() -> this.loyalty.post()
			.uri("/api/v1/loyalty/holds/{orderId}/release", orderId)
			.retrieve()
			.toBodilessEntity()));
	}

	/** Runs a call, once more with a fresh service token if the first was refused. */
	private <T> T authorized(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (HttpClientErrorException.Unauthorized ex) {
			this.forgetServiceToken.run();
			return call.get();
		}
	}

	private static RuntimeException refused(HttpClientErrorException ex, UUID orderId) {
		if (ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
			return ex;
		}
		DownstreamProblem problem = DownstreamProblem.of(ex);
		String detail = String.valueOf(problem.detail());
		if (problem.is(422, "coupon-not-applicable")) {
			return new CouponNotApplicable(detail, text(problem, "couponCode"), text(problem, "reason"));
		}
		if (problem.is(422, "insufficient-points") || problem.is(422, "points-exceed-share")) {
			Map<String, Object> facts = new LinkedHashMap<>();
			for (String member : List.of("balance", "requested", "maxPoints")) {
				problem.member(member).ifPresent((value) -> facts.put(member, value.asLong()));
			}
			return new PointsNotRedeemable(detail, problem.slug(), facts);
		}
		return new IllegalStateException("Loyalty refused the hold of order " + orderId + ": " + problem.status() + " "
				+ problem.slug() + ": " + detail, ex);
	}

	private static String text(DownstreamProblem problem, String member) {
		return problem.member(member).map(JsonNode::asString).orElse("");
	}

}
