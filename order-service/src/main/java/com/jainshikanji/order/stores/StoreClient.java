package com.jainshikanji.order.stores;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.order.downstream.Downstream;
import com.jainshikanji.order.downstream.DownstreamProblem;

/**
 * The store service's public quotes (reads, so retried): whether the store can take an
 * order now or at the time it is scheduled for, for delivery to a postal code at a given
 * subtotal, or for pickup and dine-in (open and accepting orders; no zone, no minimum, no
 * fee).
 */
public class StoreClient {

	private final RestClient stores;

	private final Downstream downstream;

	public StoreClient(RestClient stores, Downstream downstream) {
		this.stores = stores;
		this.downstream = downstream;
	}

	/**
	 * @throws StoreCannotTakeOrder naming why not (closed, not delivering there, under
	 * the minimum...)
	 * @throws UnknownStore when there is no such store
	 */
	public StoreTerms forDelivery(UUID storeId, String postalCode, Money subtotal, @Nullable Instant at) {
		Quote quote = quote(storeId,
				() -> this.stores.get()
					.uri((uri) -> at(uri.path("/api/v1/stores/{id}/delivery-quote")
						.queryParam("postalCode", "{postalCode}")
						.queryParam("subtotal", subtotal.amount().toPlainString()), at).build(storeId, postalCode))
					.retrieve()
					.body(Quote.class));
		return new StoreTerms(Money.of(Objects.requireNonNull(quote.deliveryFee(), "deliveryFee")),
				quote.estimatedMinutes());
	}

	/**
	 * @throws StoreCannotTakeOrder naming why not (closed, not accepting orders...)
	 * @throws UnknownStore when there is no such store
	 */
	public StoreTerms forPickup(UUID storeId, @Nullable Instant at) {
		Quote quote = quote(storeId,
				() -> this.stores.get()
					.uri((uri) -> at(uri.path("/api/v1/stores/{id}/pickup-quote"), at).build(storeId))
					.retrieve()
					.body(Quote.class));
		return new StoreTerms(Money.ZERO, quote.estimatedMinutes());
	}

	/** A scheduled order is quoted for the opening hours at its time; others for now. */
	private static UriBuilder at(UriBuilder uri, @Nullable Instant at) {
		return (at != null) ? uri.queryParam("at", at.toString()) : uri;
	}

	private Quote quote(UUID storeId, java.util.function.Supplier<@Nullable Quote> call) {
		Quote quote = this.downstream.callIdempotent(() -> {
			try {
				return call.get();
			}
			catch (HttpClientErrorException ex) {
				DownstreamProblem problem = DownstreamProblem.of(ex);
				if (problem.status() == HttpStatus.NOT_FOUND.value()) {
					throw new UnknownStore(storeId);
				}
				throw new IllegalStateException("The store service refused a quote: " + problem.status() + " "
						+ problem.slug() + ": " + problem.detail(), ex);
			}
		});
		Objects.requireNonNull(quote, "quote");
		if (!quote.orderable()) {
			throw new StoreCannotTakeOrder(quote.blockers(), Money.ofNullable(quote.minimumOrderValue()));
		}
		return quote;
	}

	/**
	 * The parts of the store service's delivery and pickup quotes that placement reads
	 * (examples in {@code src/test/resources/contracts/store}).
	 *
	 * @param deliveryFee {@code null} for pickup quotes and undeliverable addresses
	 * @param minimumOrderValue the store's minimum for delivery; {@code null} for pickup
	 * quotes
	 */
	record Quote(boolean orderable, List<String> blockers, @Nullable BigDecimal deliveryFee,
			@Nullable Integer estimatedMinutes, @Nullable BigDecimal minimumOrderValue) {
	}

}
