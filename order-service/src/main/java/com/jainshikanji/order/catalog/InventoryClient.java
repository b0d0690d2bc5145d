package com.jainshikanji.order.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.order.catalog.InventoryApi.PriceItem;
import com.jainshikanji.order.catalog.InventoryApi.PriceRequest;
import com.jainshikanji.order.catalog.InventoryApi.PriceResponse;
import com.jainshikanji.order.catalog.InventoryApi.PricedLine;
import com.jainshikanji.order.catalog.InventoryApi.Reservation;
import com.jainshikanji.order.catalog.InventoryApi.ReserveItem;
import com.jainshikanji.order.catalog.InventoryApi.ReserveRequest;
import com.jainshikanji.order.downstream.Downstream;
import com.jainshikanji.order.downstream.DownstreamProblem;
import com.jainshikanji.order.order.ChosenOption;
import com.jainshikanji.order.order.PricedItem;

/**
 * The inventory service, as order placement calls it with this service's own token (role
 * SERVICE). Pricing only reads and reserving is idempotent per order id (ADR 6), so both
 * are retried; releasing is best effort, the reservation's TTL being the backstop. The
 * inventory service's refusals become this service's problems, naming the items of the
 * customer's request.
 */
public class InventoryClient {

	private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);

	private final RestClient inventory;

	private final Downstream downstream;

	private final Runnable forgetServiceToken;

	/**
	 * @param inventory a client of the inventory service that sends this service's token
	 * @param forgetServiceToken drops the cached service token, after the inventory
	 * service refused it
	 */
	public InventoryClient(RestClient inventory, Downstream downstream, Runnable forgetServiceToken) {
		this.inventory = inventory;
		this.downstream = downstream;
		this.forgetServiceToken = forgetServiceToken;
	}

	/**
	 * Prices every line with its options, as the catalog says now.
	 * @return one priced item per choice, in the same order
	 * @throws ItemNotOrderable naming the items that cannot be ordered as chosen
	 */
	public List<PricedItem> price(UUID storeId, List<ItemChoice> choices) {
		PriceRequest request = new PriceRequest(storeId,
				choices.stream()
					.map((choice) -> new PriceItem(choice.productId(), choice.optionIds(), choice.quantity()))
					.toList());
		PriceResponse response = this.downstream.callIdempotent(() -> authorized(() -> {
			try {
				return this.inventory.post()
					.uri("/api/v1/products/prices")
					.contentType(MediaType.APPLICATION_JSON)
					.body(request)
					.retrieve()
					.body(PriceResponse.class);
			}
			catch (HttpClientErrorException ex) {
				throw pricingRefused(ex, choices);
			}
		}));
		List<PricedLine> lines = Objects.requireNonNull(response, "price response").items();
		if (lines.size() != choices.size()) {
			throw new IllegalStateException(
					"Inventory priced " + lines.size() + " lines of " + choices.size() + " asked");
		}
		List<Integer> unorderable = IntStream.range(0, lines.size())
			.filter((index) -> !lines.get(index).orderable())
			.boxed()
			.toList();
		if (!unorderable.isEmpty()) {
			throw new ItemNotOrderable(
					unorderable.stream()
						.map((index) -> "'" + lines.get(index).productName() + "'")
						.collect(Collectors.joining(", ")) + " cannot be ordered right now",
					unorderable, unorderable.stream().map((index) -> lines.get(index).productId()).toList(),
					"product-unavailable");
		}
		List<PricedItem> items = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			items.add(toItem(lines.get(index), choices.get(index)));
		}
		return items;
	}

	/**
	 * Holds the items' stock for the order, all or nothing. Safe to repeat: the same
	 * order id gets the same reservation back.
	 * @throws InsufficientStock naming every item short
	 * @throws ReservationLapsed when the order id's reservation was released or expired
	 */
	public HeldStock reserve(UUID orderId, UUID storeId, List<PricedItem> items) {
		Map<UUID, Integer> quantities = new LinkedHashMap<>();
		items.forEach((item) -> quantities.merge(item.productId(), item.quantity(), Integer::sum));
		ReserveRequest request = new ReserveRequest(orderId, storeId,
				quantities.entrySet().stream().map((line) -> new ReserveItem(line.getKey(), line.getValue())).toList());
		Reservation reservation = this.downstream.callIdempotent(() -> authorized(() -> {
			try {
				return this.inventory.post()
					.uri("/api/v1/inventory/reservations")
					.contentType(MediaType.APPLICATION_JSON)
					.body(request)
					.retrieve()
					.body(Reservation.class);
			}
			catch (HttpClientErrorException ex) {
				throw reservationRefused(ex, orderId, items);
			}
		}));
		Objects.requireNonNull(reservation, "reservation");
		return new HeldStock(reservation.id(), reservation.expiresAt());
	}

	/**
	 * Gives held stock back because the order was not placed after all. Best effort: a
	 * failure is logged, and the reservation expires by itself.
	 * @return whether the inventory service confirmed the release
	 */
	public boolean releaseQuietly(UUID reservationId) {
		try {
			this.downstream.callIdempotent(() -> authorized(() -> this.inventory.post()
				.uri("/api/v1/inventory/reservations/{id}/release", reservationId)
				.retrieve()
				.toBodilessEntity()));
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not release reservation {}; it expires by itself", reservationId, ex);
			return false;
		}
	}

	/** Runs a call, once more with a fresh service token if the first was refused. */
	private <T> T authorized(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (HttpClientErrorException.Unauthorized ex) {
			this.forgetServiceToken.run();
			return call.get();
		}
	}

	private static PricedItem toItem(PricedLine line, ItemChoice choice) {
		return new PricedItem(line.productId(), line.productName(), line.sku(), line.categoryId(),
				Money.of(line.unitPrice()), choice.quantity(),
				line.options()
					.stream()
					.map((option) -> new ChosenOption(option.optionId(), option.customization(), option.option(),
							option.priceModifier()))
					.toList(),
				choice.specialInstructions());
	}

	private static RuntimeException pricingRefused(HttpClientErrorException ex, List<ItemChoice> choices) {
		if (ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) || Downstream.isSilentRefusal(ex)) {
			return ex;
		}
		DownstreamProblem problem = DownstreamProblem.of(ex);
		if (problem.status() != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
			return new IllegalStateException("Inventory refused pricing: " + problem.status() + " " + problem.slug(),
					ex);
		}
		List<Integer> indexes = problem.member("itemIndex").map((index) -> List.of(index.asInt())).orElse(List.of());
		List<UUID> products = indexes.stream().map((index) -> choices.get(index).productId()).toList();
		// Inventory's detail names the item as items[i] of the same list the customer
		// sent.
		String detail = (problem.detail() != null) ? problem.detail() : "An item cannot be ordered";
		return new ItemNotOrderable(detail, indexes, products,
				problem.member("rule").map(JsonNode::asString).orElse(problem.slug()));
	}

	private static RuntimeException reservationRefused(HttpClientErrorException ex, UUID orderId,
			List<PricedItem> items) {
		if (ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) || Downstream.isSilentRefusal(ex)) {
			return ex;
		}
		DownstreamProblem problem = DownstreamProblem.of(ex);
		if (problem.is(409, "insufficient-stock")) {
			List<InsufficientStock.Shortage> shortages = new ArrayList<>();
			for (JsonNode shortage : problem.member("shortages").orElseThrow()) {
				UUID productId = UUID.fromString(shortage.get("productId").asString());
				List<Integer> indexes = IntStream.range(0, items.size())
					.filter((index) -> items.get(index).productId().equals(productId))
					.boxed()
					.toList();
				String name = indexes.isEmpty() ? productId.toString() : items.get(indexes.getFirst()).productName();
				shortages.add(new InsufficientStock.Shortage(productId, name, indexes,
						shortage.get("requested").asInt(), shortage.get("available").asInt()));
			}
			return new InsufficientStock(shortages);
		}
		if (problem.is(409, "reservation-not-active")) {
			return new ReservationLapsed(orderId,
					problem.member("reservationStatus").map(JsonNode::asString).orElse("not active"));
		}
		if (problem.is(422, "product-unavailable")) {
			List<UUID> products = new ArrayList<>();
			problem.member("productIds")
				.ifPresent((ids) -> ids.forEach((id) -> products.add(UUID.fromString(id.asString()))));
			List<Integer> indexes = IntStream.range(0, items.size())
				.filter((index) -> products.contains(items.get(index).productId()))
				.boxed()
				.toList();
			return new ItemNotOrderable(String.valueOf(problem.detail()), indexes, products, "product-unavailable");
		}
		return new IllegalStateException("Inventory refused the reservation: " + problem.status() + " " + problem.slug()
				+ ": " + problem.detail(), ex);
	}

}
