package com.jainshikanji.order.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.DatabaseFailures;
import com.jainshikanji.order.catalog.HeldStock;
import com.jainshikanji.order.catalog.InventoryClient;
import com.jainshikanji.order.catalog.ItemChoice;
import com.jainshikanji.order.catalog.ItemNotOrderable;
import com.jainshikanji.order.catalog.ReservationLapsed;
import com.jainshikanji.order.customer.CustomerClient;
import com.jainshikanji.order.loyalty.LoyaltyClient;
import com.jainshikanji.order.loyalty.LoyaltyHold;
import com.jainshikanji.order.order.CustomerSnapshot;
import com.jainshikanji.order.order.DeliveryAddress;
import com.jainshikanji.order.order.Discounts;
import com.jainshikanji.order.order.NewOrder;
import com.jainshikanji.order.order.OrderIntake;
import com.jainshikanji.order.order.OrderResponse;
import com.jainshikanji.order.order.OrdersProperties;
import com.jainshikanji.order.order.PricedItem;
import com.jainshikanji.order.placement.Idempotency.Claim;
import com.jainshikanji.order.placement.Refusals.Refusal;
import com.jainshikanji.order.stores.StoreClient;
import com.jainshikanji.order.stores.StoreTerms;

/**
 * Places an order: claims its Idempotency-Key, then asks the customer service who and
 * where to, the catalog what the items cost, the store whether it can take the order and
 * for what fee, reserves the stock under the order's id, asks the loyalty service to hold
 * the coupon's use and the points (its answer decides the order's discount, loyalty
 * discount and whether delivery is free), and stores the order (with its events) and the
 * key's answer in one transaction.
 *
 * <p>
 * Everything remote happens before the one database transaction, so a failure anywhere
 * leaves no order behind; stock and loyalty holds made before a failure are released
 * again (best effort: the reservation's TTL and the loyalty service's hold expiry are the
 * backstops), except when the commit of the order got no answer: the order may exist. The
 * loyalty service confirms or returns its hold when it sees the order confirmed or
 * cancelled. How the key keeps a crash half way consistent is in
 * docs/adr/0007-order-placement.md.
 */
@Service
class OrderPlacement {

	private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

	private static final int MAX_OF_ONE_PRODUCT = 1_000;

	private final Idempotency idempotency;

	private final OrderNumbers orderNumbers;

	private final CustomerClient customers;

	private final InventoryClient inventory;

	private final StoreClient stores;

	private final LoyaltyClient loyalty;

	private final OrderIntake intake;

	private final TransactionOperations transactions;

	private final OrdersProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	OrderPlacement(Idempotency idempotency, OrderNumbers orderNumbers, CustomerClient customers,
			InventoryClient inventory, StoreClient stores, LoyaltyClient loyalty, OrderIntake intake,
			TransactionOperations transactions, OrdersProperties properties, JsonMapper json, Clock clock) {
		this.idempotency = idempotency;
		this.orderNumbers = orderNumbers;
		this.customers = customers;
		this.inventory = inventory;
		this.stores = stores;
		this.loyalty = loyalty;
		this.intake = intake;
		this.transactions = transactions;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Places the order, or answers as the first request with this key was answered.
	 * @throws IdempotencyKeyReused when the key was used for another request
	 * @throws IdempotencyKeyInUse while the first request with the key is still running
	 * @throws com.jainshikanji.order.downstream.DownstreamUnavailable when a service the
	 * placement needs is down or slow; the key may then be used again
	 */
	StoredResponse place(Customer customer, String key, PlaceOrderRequest request) {
		Claim claim = this.idempotency.claim(customer.id(), key, RequestFingerprint.of(request));
		if (claim instanceof Claim.Replay replay) {
			return replay.response();
		}
		Attempt attempt = new Attempt((Claim.Granted) claim);
		try {
			OrderResponse order = attempt.place(customer, request);
			return new StoredResponse(order.id(), 201, this.json.writeValueAsString(order), false);
		}
		catch (IdempotencyKeyInUse lost) {
			// Another attempt took the key over (this one outlived its lease):
			// the order id and its stock are that attempt's now.
			throw lost;
		}
		catch (RuntimeException ex) {
			Optional<Refusal> refusal = Refusals.of(ex, this.json);
			if (refusal.isPresent()) {
				attempt.giveBack();
				Refusal refused = refusal.get();
				this.idempotency.completeWithRefusal(attempt.claim, refused.status(), refused.body());
				return new StoredResponse(attempt.claim.orderId(), refused.status(), refused.body(), false);
			}
			boolean databaseAway = DatabaseFailures.unavailable(ex);
			// A commit whose answer never came may still have gone through: the holds
			// then stay with the order that may exist (a retry under the key finds it,
			// or the same holds; unused, they expire).
			boolean orderMayExist = attempt.committing && databaseAway;
			if (!orderMayExist) {
				attempt.giveBack();
			}
			if (databaseAway) {
				// Freeing the key is one more call to the database that did not answer:
				// not made while the customer waits, as it would wait out its timeout
				// again (PostgresFrozenIT).
				releaseInTheBackground(attempt.claim);
			}
			else {
				this.idempotency.release(attempt.claim);
			}
			throw ex;
		}
	}

	private void releaseInTheBackground(Claim.Granted claim) {
		Thread.ofVirtual().name("idempotency-release").start(() -> {
			try {
				this.idempotency.release(claim);
			}
			catch (RuntimeException ex) {
				log.warn("Could not free the Idempotency-Key of order {}; it is free again when its lease runs out",
						claim.orderId(), ex);
			}
		});
	}

	/**
	 * The items priced at the store. To the catalog, a store that does not exist (or no
	 * longer trades) sells nothing; when items are unavailable, the store is asked before
	 * that is said, so that the customer hears what is actually wrong.
	 */
	private List<PricedItem> price(PlaceOrderRequest request) {
		try {
			return this.inventory.price(request.storeId(), request.choices());
		}
		catch (ItemNotOrderable ex) {
			if (ex.unavailable()) {
				this.stores.forPickup(request.storeId(), request.scheduledFor());
			}
			throw ex;
		}
	}

	/**
	 * A time asked for must be ahead, and within the horizon orders are taken for: its
	 * stock is taken now and the kitchen reads it.
	 */
	private void checkSchedule(@Nullable Instant scheduledFor) {
		if (scheduledFor == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (!scheduledFor.isAfter(now)) {
			throw ScheduleOutOfRange.past();
		}
		if (scheduledFor.isAfter(now.plus(this.properties.scheduleHorizon()))) {
			throw ScheduleOutOfRange.beyond(this.properties.scheduleHorizon());
		}
	}

	/**
	 * One order holds at most {@value #MAX_OF_ONE_PRODUCT} of a product over all its
	 * lines, what the inventory service reserves for one product at once.
	 */
	private static void checkQuantities(PlaceOrderRequest request) {
		Map<UUID, Integer> quantities = new HashMap<>();
		for (ItemChoice choice : request.choices()) {
			int quantity = quantities.merge(choice.productId(), choice.quantity(), Integer::sum);
			if (quantity > MAX_OF_ONE_PRODUCT) {
				throw new TooManyOfOneProduct(choice.productId(), quantity, MAX_OF_ONE_PRODUCT);
			}
		}
	}

	/**
	 * The customer placing the order, with the token the customer service knows them by.
	 */
	record Customer(UUID id, String token) {
	}

	/**
	 * One attempt at placing an order under a claimed key: remembers what it has
	 * reserved, so a failure can give it back, and whether the stock under the order id
	 * may still be held, so that the loyalty hold is kept for the retry too.
	 */
	private final class Attempt {

		private Claim.Granted claim;

		private @Nullable HeldStock held;

		/** A reserve call failed in a way that leaves unknown whether it took effect. */
		private boolean reservationUncertain;

		/** The order's transaction has done its work; only its commit is left. */
		private boolean committing;

		private boolean handedOver;

		/**
		 * Loyalty may hold points or a coupon use for the order (asked and not refused).
		 */
		private boolean loyaltyMayBeHeld;

		Attempt(Claim.Granted claim) {
			this.claim = claim;
		}

		OrderResponse place(Customer customer, PlaceOrderRequest request) {
			OrderPlacement.this.checkSchedule(request.scheduledFor());
			checkQuantities(request);
			CustomerSnapshot snapshot = OrderPlacement.this.customers.snapshot(customer.id(), customer.token());
			DeliveryAddress address = null;
			if (request.deliveryType().toAddress()) {
				if (request.addressId() == null) {
					throw new AddressRequired();
				}
				address = OrderPlacement.this.customers.address(customer.id(), request.addressId(), customer.token());
			}
			List<PricedItem> items = OrderPlacement.this.price(request);
			Money subtotal = PricedItem.subtotalOf(items);
			StoreTerms terms = (address != null)
					? OrderPlacement.this.stores.forDelivery(request.storeId(), address.postalCode(), subtotal,
							request.scheduledFor())
					: OrderPlacement.this.stores.forPickup(request.storeId(), request.scheduledFor());
			String number = OrderPlacement.this.orderNumbers.next();
			HeldStock stock = reserve(request, items);
			LoyaltyHold held = holdLoyalty(customer, request, items, terms.deliveryFee());
			Money deliveryFee = held.freeDelivery() ? Money.ZERO : terms.deliveryFee();
			NewOrder order = new NewOrder(this.claim.orderId(), number, snapshot, request.storeId(),
					request.deliveryType(), address, request.paymentMethod(), items, deliveryFee,
					OrderPlacement.this.properties.taxRate(), request.specialInstructions(), request.scheduledFor(),
					terms.estimatedMinutes(), stock.reservationId(),
					new Discounts(held.couponCode(), held.discount(), held.points(), held.loyaltyDiscount()));
			OrderResponse placed = Objects.requireNonNull(OrderPlacement.this.transactions.execute((status) -> {
				OrderResponse accepted = OrderPlacement.this.intake.accept(order);
				OrderPlacement.this.idempotency.complete(this.claim, 201,
						OrderPlacement.this.json.writeValueAsString(accepted));
				this.committing = true;
				return accepted;
			}));
			this.handedOver = true;
			return placed;
		}

		private HeldStock reserve(PlaceOrderRequest request, List<PricedItem> items) {
			try {
				this.held = OrderPlacement.this.inventory.reserve(this.claim.orderId(), request.storeId(), items);
			}
			catch (ReservationLapsed lapsed) {
				// A retry after a crash, or after a failure whose loyalty release did not
				// get through: the stock held under this order id went back. Reserve
				// afresh under a new id, once whatever loyalty may still hold under the
				// old one has gone back too (a released hold cannot be taken again under
				// its id, and the points or the coupon must not be held twice).
				if (request.paysWithLoyalty()) {
					OrderPlacement.this.loyalty.release(this.claim.orderId());
				}
				this.claim = OrderPlacement.this.idempotency.renew(this.claim);
				this.held = OrderPlacement.this.inventory.reserve(this.claim.orderId(), request.storeId(), items);
			}
			catch (com.jainshikanji.order.downstream.DownstreamUnavailable ex) {
				this.reservationUncertain = true;
				throw ex;
			}
			return this.held;
		}

		/**
		 * Holds the coupon's use and the points for the order, when the customer asked
		 * for either; the order id is final by now (stock is reserved under it).
		 */
		private LoyaltyHold holdLoyalty(Customer customer, PlaceOrderRequest request, List<PricedItem> items,
				Money deliveryFee) {
			if (!request.paysWithLoyalty()) {
				return LoyaltyHold.NONE;
			}
			this.loyaltyMayBeHeld = true;
			try {
				return OrderPlacement.this.loyalty.hold(this.claim.orderId(), customer.id(), request.coupon(),
						request.points(), items, deliveryFee);
			}
			catch (com.jainshikanji.order.downstream.DownstreamUnavailable ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				// Refused: loyalty rolled the whole hold back.
				this.loyaltyMayBeHeld = false;
				throw ex;
			}
		}

		/**
		 * Gives back what this attempt holds, unless the order was stored with it. The
		 * loyalty hold is returned only when the stock under the order id went back (a
		 * retry then renews the id, see {@link #reserve}); while the stock may be held, a
		 * retry under the same id finds the same reservation and the same hold.
		 */
		void giveBack() {
			giveBackStock();
			if (this.loyaltyMayBeHeld && !this.handedOver && !stockMayBeHeld()) {
				if (OrderPlacement.this.loyalty.releaseQuietly(this.claim.orderId())) {
					this.loyaltyMayBeHeld = false;
				}
			}
		}

		/** Releases stock this attempt reserved, unless the order was stored with it. */
		private void giveBackStock() {
			if (this.held != null && !this.handedOver) {
				if (OrderPlacement.this.inventory.releaseQuietly(this.held.reservationId())) {
					this.held = null;
				}
				else {
					log.warn("Order {} was not placed; its stock stays held until the reservation expires",
							this.claim.orderId());
				}
			}
		}

		/**
		 * Whether stock may still be held under the order id: a retry, which reserves
		 * under the same id, then finds the same reservation rather than holding the
		 * stock twice.
		 */
		boolean stockMayBeHeld() {
			return this.reservationUncertain || this.held != null;
		}

	}

}
