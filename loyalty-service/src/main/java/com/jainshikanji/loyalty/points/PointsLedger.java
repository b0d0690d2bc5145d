package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
 * happens to an order's points happens once: the ledger has at most one earn, redeem,
 * release and reversal per order.
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
	 * Awards the points of a delivered order: one per {@code rupeesPerPoint} of its
	 * total, times the customer's tier multiplier. Nothing for an order refunded in full
	 * or already awarded.
	 * @return the points awarded, if any
	 */
	public Optional<Integer> earnForOrder(UUID customerId, UUID orderId, String orderNumber, BigDecimal total) {
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
		retier(account, now);
		return Optional.of(points);
	}

	/**
	 * Takes back what a refunded order earned (as far as the balance allows: points spent
	 * already stay spent), and makes sure it earns nothing later.
	 */
	public void reverseForOrder(UUID orderId) {
		this.jdbc.sql("INSERT INTO refunded_orders (order_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", orderId)
			.update();
		Optional<LedgerEntry> earned = this.ledger.findByOrderIdAndType(orderId, EntryType.EARN);
		if (earned.isEmpty() || this.ledger.findByOrderIdAndType(orderId, EntryType.REVERSAL).isPresent()) {
			return;
		}
		Account account = lock(earned.get().customerId());
		int points = (int) Math.min(earned.get().points(), account.balance());
		if (points < earned.get().points()) {
			log.info("Order {} was refunded; {} of its {} points were spent already and stay spent", orderId,
					earned.get().points() - points, earned.get().points());
		}
		if (points > 0) {
			Instant now = this.clock.instant();
			post(account, Posting.forOrder(EntryType.REVERSAL, -points, "Order refunded: points it earned taken back",
					orderId, null), now);
			retier(account, now);
		}
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
	 * Debits the points of a reward the customer takes.
	 * @return the balance after
	 * @throws InsufficientPoints when the balance is short
	 */
	public long redeemForReward(UUID customerId, UUID rewardId, String rewardName, int points) {
		Account account = lock(customerId);
		post(account, new Posting(EntryType.REDEEM, -points, "Reward: " + rewardName, null, null, null, null, rewardId),
				this.clock.instant());
		return account.balance();
	}

	/** Returns what an order redeemed, once; nothing when it redeemed nothing. */
	public void returnRedemption(UUID orderId) {
		Optional<LedgerEntry> redeemed = this.ledger.findByOrderIdAndType(orderId, EntryType.REDEEM);
		if (redeemed.isEmpty() || this.ledger.findByOrderIdAndType(orderId, EntryType.RELEASE).isPresent()) {
			return;
		}
		post(lock(redeemed.get().customerId()), Posting.forOrder(EntryType.RELEASE, -redeemed.get().points(),
				"Order cancelled: redeemed points returned", orderId, null), this.clock.instant());
	}

	/**
	 * An admin's manual adjustment, with its reason; credits expire like earned points.
	 * @return the entry's balance after
	 * @throws InsufficientPoints when a debit exceeds the balance
	 */
	public long adjust(UUID customerId, int points, String reason, UUID actorId) {
		Account account = lock(customerId);
		Instant now = this.clock.instant();
		long before = account.balance();
		post(account, new Posting(EntryType.ADJUSTMENT, points, reason, null, null,
				(points > 0) ? now.plus(this.properties.pointsValidity()) : null, actorId), now);
		this.audit.record(AuditEvent.of("loyalty.points-adjusted", "customer", customerId)
			.with("points", points)
			.with("reason", reason)
			.with("balanceBefore", before)
			.with("balanceAfter", account.balance()));
		return account.balance();
	}

	/**
	 * Expires a customer's lapsed credits, oldest first: debits always consume the oldest
	 * credits, so what lapsed and was not consumed is the lapsed credits less everything
	 * ever taken. Running it twice expires nothing more, because its own entry is a debit
	 * too.
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
		return points;
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
		this.accounts.open(customerId);
		return this.accounts.lock(customerId).orElseThrow();
	}

	private void post(Account account, Posting posting, Instant at) {
		this.ledger.save(account.post(posting, at));
		this.outbox.append(new LoyaltyPointsChanged(account.customerId(), account.balance(), account.tier().name(),
				posting.points(), posting.type().code(), account.revision(), at));
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

	private boolean isRefunded(UUID orderId) {
		return this.jdbc.sql("SELECT count(*) FROM refunded_orders WHERE order_id = :id")
			.param("id", orderId)
			.query(Long.class)
			.single() > 0;
	}

}
