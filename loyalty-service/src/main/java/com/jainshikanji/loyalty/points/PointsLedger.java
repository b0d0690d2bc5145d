package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.events.loyalty.LoyaltyPointsChanged;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;
import com.jainshikanji.common.messaging.outbox.EventOutbox;

/**
 * Every change of points: each locks the customer's account, posts one ledger entry with
 * the balance after it, and moves the tier when earnings changed it (publishing
 * {@link LoyaltyTierChanged} in the same transaction); every change publishes
 * {@link LoyaltyPointsChanged} for the customer service's copy of balance and tier. What
 * happens to an order's points happens once: the ledger has at most one earn, redeem and
 * release per order, and one reversal per refund.
 */
@Service
@Transactional
public class PointsLedger {

	private static final Logger log = LoggerFactory.getLogger(PointsLedger.class);

	private final Accounts accounts;

	private final Ledger ledger;

	private final LoyaltyProperties properties;

	private final EventOutbox outbox;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	PointsLedger(Accounts accounts, Ledger ledger, LoyaltyProperties properties, EventOutbox outbox, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.properties = properties;
		this.outbox = outbox;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Awards the points of a delivered order whose money came in (the caller does not
	 * call it for cash on delivery left uncollected): one per {@code rupeesPerPoint} of
	 * its total, times the customer's tier multiplier. Nothing for an order refunded in
	 * full or already awarded.
	 * @return the points awarded, if any
	 */
	public Optional<Integer> earnForOrder(UUID customerId, UUID orderId, String orderNumber, BigDecimal total) {
		lockOrder(orderId);
		if (!paymentOf(orderId).confirmed()) {
			// A delivery comes after its order's confirmation (same partition): an order
			// whose confirmation was never seen was confirmed before confirmations were
			// kept, with no payment known here, so all its refunds count, as they did.
			recordConfirmation(orderId, null);
		}
		Account account = lock(customerId);
		if (isRefunded(orderId) || this.ledger.findByOrderIdAndType(orderId, EntryType.EARN).isPresent()) {
			return Optional.empty();
		}
		int points = pointsFor(total, account.tier(), this.properties);
		if (points <= 0) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		post(account, Posting.forOrder(EntryType.EARN, points, "Order " + orderNumber + " delivered", orderId,
				now.plus(this.properties.pointsValidity())), now);
		this.jdbc.sql("INSERT INTO order_earnings (order_id, total) VALUES (:id, :total)")
			.param("id", orderId)
			.param("total", total)
			.update();
		// Refunds seen before the delivery (the topics are not ordered) take their share
		// now.
		settleRefunds(account, orderId, points, total, now);
		retier(account, now);
		return Optional.of(points);
	}

	/**
	 * Records the payment that paid for an order, as its confirmation names it, once:
	 * only refunds of that payment count against the order (see {@link OrderPayment}). A
	 * full refund of it seen before (refunds come on another topic) now makes the order
	 * refunded in full.
	 * @param paymentId {@code null} for cash on delivery
	 * @return whether the order is refunded in full
	 */
	public boolean confirmPayment(UUID orderId, @Nullable UUID paymentId) {
		lockOrder(orderId);
		recordConfirmation(orderId, paymentId);
		return isRefunded(orderId);
	}

	/**
	 * Records the order's confirmation the first time; a full refund of its payment
	 * recorded before then makes it refunded in full. A confirmation seen again changes
	 * nothing: later refunds are judged as they come.
	 */
	private void recordConfirmation(UUID orderId, @Nullable UUID paymentId) {
		int recorded = this.jdbc
			.sql("INSERT INTO confirmed_orders (order_id, payment_id) VALUES (:id, :payment) ON CONFLICT DO NOTHING")
			.param("id", orderId)
			.param("payment", paymentId)
			.update();
		if (recorded == 0) {
			return;
		}
		OrderPayment paid = new OrderPayment(true, paymentId);
		if (this.jdbc.sql("SELECT payment_id FROM order_refunds WHERE order_id = :id AND fully_refunded")
			.param("id", orderId)
			.query(UUID.class)
			.list()
			.stream()
			.anyMatch(paid::counts)) {
			markRefunded(orderId);
		}
	}

	/**
	 * Whether a refund of the payment counts against the order now: not before the
	 * order's confirmation is seen, then only a refund of the payment it named. Takes the
	 * order's lock, so a confirmation recorded at the same time is seen.
	 */
	public boolean refundCounts(UUID orderId, UUID paymentId) {
		lockOrder(orderId);
		return paymentOf(orderId).counts(paymentId);
	}

	/**
	 * Records a refund of an order, once per refund, and takes back the points of the
	 * money refunded: of all the order's refunds so far that count against it (see
	 * {@link OrderPayment}), {@code floor(earned × refunded / total)}, everything when
	 * its payment is refunded in full, less what earlier refunds took. Points already
	 * spent stay spent (the refund records them); the balance never goes below zero. The
	 * tier loses all the refund takes back, spent points included, and moves at once. A
	 * refund seen before the order's delivery, or before its confirmation, waits for it;
	 * a full one of the order's payment means the order earns nothing at all.
	 * @param paymentId the payment refunded
	 * @return whether the refund was new
	 */
	public boolean refund(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, boolean fullyRefunded) {
		lockOrder(orderId);
		boolean recorded = this.jdbc.sql("""
				INSERT INTO order_refunds (refund_id, payment_id, order_id, amount, fully_refunded)
				VALUES (:refund, :payment, :order, :amount, :fully) ON CONFLICT DO NOTHING
				""")
			.param("refund", refundId)
			.param("payment", paymentId)
			.param("order", orderId)
			.param("amount", amount)
			.param("fully", fullyRefunded)
			.update() == 1;
		if (!recorded) {
			return false;
		}
		if (fullyRefunded && paymentOf(orderId).counts(paymentId)) {
			markRefunded(orderId);
		}
		Optional<LedgerEntry> earned = this.ledger.findByOrderIdAndType(orderId, EntryType.EARN);
		if (earned.isPresent()) {
			Account account = lock(earned.get().customerId());
			Instant now = this.clock.instant();
			BigDecimal total = this.jdbc.sql("SELECT total FROM order_earnings WHERE order_id = :id")
				.param("id", orderId)
				.query(BigDecimal.class)
				.optional()
				.orElse(null);
			if (settleRefunds(account, orderId, earned.get().points(), total, now)) {
				retier(account, now);
			}
		}
		return true;
	}

	/**
	 * Settles the order's unsettled refunds that count against it in the order they came,
	 * under the account lock. A refund of another payment is never settled. The balance
	 * gives back what is left of the points due; the part already spent is recorded as
	 * the refund's {@code points_spent}, which counts against the tier all the same
	 * ({@link Ledger#earnedSince}).
	 * @param total the order's total, {@code null} for an order earned before totals were
	 * kept (only a full refund takes its points back)
	 * @return whether any points were due back, so the tier may fall
	 */
	private boolean settleRefunds(Account account, UUID orderId, int earned, @Nullable BigDecimal total, Instant now) {
		List<RefundRow> refunds = this.jdbc.sql("""
				SELECT refund_id, payment_id, amount, fully_refunded, settled_at IS NOT NULL AS settled,
				       coalesce(points_reversed, 0) + coalesce(points_spent, 0) AS accounted
				FROM order_refunds WHERE order_id = :id ORDER BY created_at, refund_id
				""")
			.param("id", orderId)
			.query((rs, row) -> new RefundRow(rs.getObject("refund_id", UUID.class),
					rs.getObject("payment_id", UUID.class), rs.getBigDecimal("amount"), rs.getBoolean("fully_refunded"),
					rs.getBoolean("settled"), rs.getInt("accounted")))
			.list();
		OrderPayment paid = paymentOf(orderId);
		BigDecimal refunded = BigDecimal.ZERO;
		long accounted = 0;
		boolean tookBack = false;
		for (RefundRow refund : refunds) {
			if (!paid.counts(refund.paymentId())) {
				continue;
			}
			refunded = refunded.add(refund.amount());
			if (refund.settled()) {
				accounted += refund.accounted();
				continue;
			}
			long due = Math.max(0, dueAfter(earned, total, refunded, refund.fullyRefunded()) - accounted);
			int reversed = (int) Math.min(due, account.balance());
			int spent = (int) (due - reversed);
			if (reversed > 0) {
				post(account,
						Posting.forOrder(EntryType.REVERSAL, -reversed, "Order refunded (₹"
								+ refund.amount().toPlainString() + "): points it earned taken back", orderId, null),
						now);
			}
			if (spent > 0) {
				log.info("Order {} was refunded; {} of the {} points due back were spent already and stay spent",
						orderId, spent, due);
			}
			this.jdbc.sql("""
					UPDATE order_refunds SET points_reversed = :reversed, points_spent = :spent, settled_at = :now
					WHERE refund_id = :refund
					""")
				.param("reversed", reversed)
				.param("spent", spent)
				.param("now", Timestamp.from(now))
				.param("refund", refund.refundId())
				.update();
			accounted += due;
			tookBack |= due > 0;
		}
		return tookBack;
	}

	/**
	 * The points an order's refunds so far take back in all: the refunded share of what
	 * it earned, rounded down, and everything once the payment is refunded in full.
	 */
	static long dueAfter(int earned, @Nullable BigDecimal total, BigDecimal refunded, boolean fullyRefunded) {
		if (fullyRefunded || (total != null && refunded.compareTo(total) >= 0)) {
			return earned;
		}
		if (total == null) {
			return 0;
		}
		return BigDecimal.valueOf(earned).multiply(refunded).divide(total, 0, RoundingMode.DOWN).longValueExact();
	}

	/**
	 * Debits points an order redeems. Once per order.
	 * @throws InsufficientPoints when the balance is short
	 */
	public void redeemForOrder(UUID customerId, UUID orderId, int points) {
		Account account = lock(customerId);
		post(account, Posting.forOrder(EntryType.REDEEM, -points, "Redeemed for an order", orderId, null),
				this.clock.instant());
	}

	/**
	 * Debits the points of a reward the customer takes, once per request key when there
	 * is one: the same request again with the key (a retry, a second tap) gets the first
	 * answer and debits nothing more.
	 * @param requestKey the request's Idempotency-Key, if it had one
	 * @throws InsufficientPoints when the balance is short
	 * @throws IdempotencyKeyReused when the key took another reward
	 */
	public Redeemed redeemForReward(UUID customerId, UUID rewardId, String rewardName, int points,
			@Nullable String requestKey) {
		Account account = lock(customerId);
		// A customer's keys are their own: another customer may choose the same.
		Optional<LedgerEntry> earlier = postedBefore(requestKey,
				(key) -> this.ledger.findByCustomerIdAndRequestKey(customerId, key),
				(entry) -> rewardId.equals(entry.rewardId()));
		if (earlier.isPresent()) {
			return new Redeemed(earlier.get().id(), -earlier.get().points(), earlier.get().balanceAfter(), true);
		}
		LedgerEntry entry = post(account, Posting.reward(rewardId, rewardName, points, requestKey),
				this.clock.instant());
		return new Redeemed(entry.id(), points, account.balance(), false);
	}

	/**
	 * @param entryId the ledger entry that took the points
	 * @param points what the reward cost when it was taken
	 * @param balance the customer's points after the reward was taken
	 * @param replayed whether the request was a repeat, answered as the first time
	 */
	public record Redeemed(UUID entryId, int points, long balance, boolean replayed) {
	}

	/**
	 * Returns what an order redeemed, once; nothing when it redeemed nothing. Takes the
	 * order's lock before the account's, as its delivery and refunds do, so a full refund
	 * returning the redemption never waits for a delivery that waits for it.
	 * @param why what happened to the order, for the ledger ("Order cancelled")
	 */
	public void returnRedemption(UUID orderId, String why) {
		lockOrder(orderId);
		Optional<LedgerEntry> redeemed = this.ledger.findByOrderIdAndType(orderId, EntryType.REDEEM);
		if (redeemed.isEmpty() || this.ledger.findByOrderIdAndType(orderId, EntryType.RELEASE).isPresent()) {
			return;
		}
		post(lock(redeemed.get().customerId()), Posting.forOrder(EntryType.RELEASE, -redeemed.get().points(),
				why + ": redeemed points returned", orderId, null), this.clock.instant());
	}

	/**
	 * An admin's manual adjustment, with its reason; credits expire like earned points.
	 * Once per request key when there is one: the same adjustment again with the key
	 * changes nothing more, and the key makes no other (for another customer either).
	 * Whether the customer exists is the caller's to check ({@code ManualAdjustments}),
	 * before this transaction.
	 * @param requestKey the request's Idempotency-Key, if it had one
	 * @return whether the request was a repeat under its key
	 * @throws InsufficientPoints when a debit exceeds the balance
	 * @throws IdempotencyKeyReused when the key made another entry
	 */
	boolean adjust(Adjustment adjustment, @Nullable String requestKey) {
		UUID customerId = adjustment.customerId();
		int points = adjustment.points();
		String reason = adjustment.reason();
		if (requestKey != null) {
			// The key is the admin request's, whatever the customer: adjustments under
			// one key queue for it, whichever account they lock.
			advisoryLock("adjustment:" + requestKey);
		}
		Account account = lock(customerId);
		if (postedBefore(requestKey,
				(key) -> this.ledger.postedUnderAdjustmentKey(key, customerId).stream().findFirst(),
				(entry) -> entry.type() == EntryType.ADJUSTMENT && entry.customerId().equals(customerId)
						&& entry.points() == points && reason.equals(entry.description()))
			.isPresent()) {
			return true;
		}
		Instant now = this.clock.instant();
		long before = account.balance();
		post(account,
				new Posting(EntryType.ADJUSTMENT, points, reason, null, null,
						(points > 0) ? now.plus(this.properties.pointsValidity()) : null, adjustment.adminId(), null,
						requestKey),
				now);
		this.audit.record(AuditEvent.of("loyalty.points-adjusted", "customer", customerId)
			.with("points", points)
			.with("reason", reason)
			.with("balanceBefore", before)
			.with("balanceAfter", account.balance()));
		return false;
	}

	/**
	 * Expires a customer's lapsed credits, oldest first: debits always consume the oldest
	 * credits, so what lapsed and was not consumed is the lapsed credits less everything
	 * ever taken. Running it twice expires nothing more, because its own entry is a debit
	 * too; the account remembers the latest lapse it accounted for, so the expiry job
	 * does not pick the customer again until another credit lapses.
	 * @return the points expired
	 */
	public long expire(UUID customerId) {
		Account account = lock(customerId);
		Instant now = this.clock.instant();
		long unconsumed = this.ledger.lapsedCredits(customerId, now) + this.ledger.netDebits(customerId);
		long points = Math.min(account.balance(), Math.max(0, unconsumed));
		if (points > 0) {
			post(account,
					new Posting(EntryType.EXPIRE, (int) -points, "Points past their validity", null, null, null, null),
					now);
		}
		this.ledger.latestLapse(customerId, now).ifPresent(account::lapsesAccountedThrough);
		return points;
	}

	/**
	 * Gives the customer the tier their window holds at this instant (earnings age out of
	 * it between their changes), publishing a change like any other.
	 * @return whether the tier changed
	 */
	public boolean reviewTier(UUID customerId, Instant now) {
		Account account = lock(customerId);
		Tier before = account.tier();
		retier(account, now);
		return account.tier() != before;
	}

	/**
	 * Locks the customer's account (opening it if need be) for the rest of the
	 * transaction, so the customer's checkouts are judged one after the other.
	 * @return the customer's tier
	 */
	public Tier lockForCheckout(UUID customerId) {
		return lock(customerId).tier();
	}

	/** The customer's tier now (bronze for a customer with no account yet). */
	@Transactional(readOnly = true)
	public Tier tierOf(UUID customerId) {
		return this.accounts.findById(customerId).map(Account::tier).orElse(Tier.BRONZE);
	}

	/** What a number of points takes off an order, in rupees. */
	public BigDecimal valueOf(int points) {
		return this.properties.pointValue().multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
	}

	/** The largest share of an order's discounted subtotal points may pay. */
	public BigDecimal maxRedeemShare() {
		return this.properties.maxRedeemShare();
	}

	static int pointsFor(BigDecimal total, Tier tier, LoyaltyProperties properties) {
		BigDecimal base = total.divide(properties.rupeesPerPoint(), 0, RoundingMode.DOWN);
		return base.multiply(properties.tiers().multiplier(tier)).setScale(0, RoundingMode.DOWN).intValueExact();
	}

	Account lock(UUID customerId) {
		// Nearly every posting is to an account that exists: open one only when the
		// lock finds none (opening is safe to race, and the second lock waits its turn).
		return this.accounts.lock(customerId).orElseGet(() -> {
			this.accounts.open(customerId);
			return this.accounts.lock(customerId).orElseThrow();
		});
	}

	private LedgerEntry post(Account account, Posting posting, Instant at) {
		LedgerEntry entry = this.ledger.save(account.post(posting, at));
		this.outbox.append(new LoyaltyPointsChanged(account.customerId(), account.balance(), account.tier().name(),
				posting.points(), posting.type().code(), account.revision(), at));
		return entry;
	}

	/**
	 * The entry an earlier request under this key posted, if any; the caller holds the
	 * lock the key's requests queue for, so a request still being applied is waited for.
	 * @param postedUnder finds the entry the key posted, as far as the key reaches
	 * @throws IdempotencyKeyReused when that entry is not what this request would post
	 */
	private Optional<LedgerEntry> postedBefore(@Nullable String requestKey,
			Function<String, Optional<LedgerEntry>> postedUnder, Predicate<LedgerEntry> sameRequest) {
		if (requestKey == null) {
			return Optional.empty();
		}
		Optional<LedgerEntry> earlier = postedUnder.apply(requestKey);
		if (earlier.isPresent() && !sameRequest.test(earlier.get())) {
			throw new IdempotencyKeyReused(earlier.get().description());
		}
		return earlier;
	}

	private void retier(Account account, Instant now) {
		long earned = this.ledger.earnedSince(account.customerId(), now.minus(this.properties.tierWindow()));
		account.retier(Tier.of(earned, this.properties.tiers()), now).ifPresent((change) -> {
			this.outbox.append(new LoyaltyTierChanged(change.customerId(), change.previous().name(),
					change.current().name(), change.balance(), change.sequence(), change.at()));
			// The tier is part of the points copy too: say so under a revision of its
			// own.
			this.outbox.append(new LoyaltyPointsChanged(change.customerId(), change.balance(), change.current().name(),
					0, "tier", account.bumpRevision(), change.at()));
		});
	}

	/**
	 * Serializes what happens to one order (its confirmation, delivery and cancellation
	 * come on one topic, its refunds on another, to two consumers): whichever comes
	 * second sees what the first did. Taken before the order's hold and the account, by
	 * everyone, so none waits for another that waits for it.
	 */
	public void lockOrder(UUID orderId) {
		advisoryLock(orderId.toString());
	}

	/** Takes a lock on the name until the transaction ends. */
	private void advisoryLock(String name) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))")
			.param("name", name)
			.query((rs, row) -> 1)
			.list();
	}

	private record RefundRow(UUID refundId, @Nullable UUID paymentId, BigDecimal amount, boolean fullyRefunded,
			boolean settled, int accounted) {
	}

	private OrderPayment paymentOf(UUID orderId) {
		return this.jdbc.sql("SELECT payment_id FROM confirmed_orders WHERE order_id = :id")
			.param("id", orderId)
			.query((rs, row) -> new OrderPayment(true, rs.getObject("payment_id", UUID.class)))
			.optional()
			.orElse(OrderPayment.UNCONFIRMED);
	}

	private void markRefunded(UUID orderId) {
		this.jdbc.sql("INSERT INTO refunded_orders (order_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", orderId)
			.update();
	}

	private boolean isRefunded(UUID orderId) {
		return this.jdbc.sql("SELECT count(*) FROM refunded_orders WHERE order_id = :id")
			.param("id", orderId)
			.query(Long.class)
			.single() > 0;
	}

}
