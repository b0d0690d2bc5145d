package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts for the API; a customer without an account has an empty one. */
@Component
@Transactional(readOnly = true)
class PointsQueries {

	private final Accounts accounts;

	private final Ledger ledger;

	private final LoyaltyProperties properties;

	private final Clock clock;

	PointsQueries(Accounts accounts, Ledger ledger, LoyaltyProperties properties, Clock clock) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.properties = properties;
		this.clock = clock;
	}

	AccountResponse account(UUID customerId, int page, int size) {
		Account account = this.accounts.findById(customerId)
			.orElseGet(() -> new Account(customerId, this.clock.instant()));
		long earned = this.ledger.earnedSince(customerId, this.clock.instant().minus(this.properties.tierWindow()));
		Tier tier = account.tier();
		Tier next = tier.next().orElse(null);
		Long toNext = (next != null) ? Math.max(0, this.properties.tiers().threshold(next) - earned) : null;
		Page<LedgerEntry> history = this.ledger.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId,
				PageRequest.of(page, size));
		BigDecimal value = this.properties.pointValue()
			.multiply(BigDecimal.valueOf(account.balance()))
			.setScale(2, java.math.RoundingMode.HALF_UP);
		return new AccountResponse(customerId, account.balance(), value, tier, this.properties.tiers().multiplier(tier),
				earned, next, toNext, new AccountResponse.History(history.map(AccountResponse.Entry::of).getContent(),
						page, size, history.getTotalElements()));
	}

}
