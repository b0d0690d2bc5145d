package com.jainshikanji.customer.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.customer.profile.CustomerAccounts;

/**
 * An administrator deactivates an account (fraud, abuse, a staff member who left) or
 * reactivates it. A deactivated account cannot log in (403 {@code account-disabled}) or
 * refresh: its sessions end in the same transaction, and the gateway refuses the access
 * tokens it holds within seconds ({@link EndedSessions}). The platform's other services
 * no longer find the user, so nothing new refers to it. Each change is in the audit log,
 * with the reason given.
 */
@Service
class AccountStatus {

	private final CustomerAccounts accounts;

	private final Sessions sessions;

	private final AuditLog auditLog;

	AccountStatus(CustomerAccounts accounts, Sessions sessions, AuditLog auditLog) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.auditLog = auditLog;
	}

	/**
	 * Sets whether the account may be used; an id nobody has is refused as
	 * {@link CustomerAccounts#changeActive} refuses it (404 customer-not-found).
	 * @throws OwnAccountDeactivation if the administrator would deactivate their own
	 * account
	 */
	@Transactional
	AccountStatusResponse change(UUID customerId, boolean active, @Nullable String reason, UUID administratorId) {
		if (!active && customerId.equals(administratorId)) {
			throw new OwnAccountDeactivation();
		}
		if (!active) {
			// The sessions' lock before the account's row, in the order a password change
			// takes them: a login or refresh in between waits, then finds the account
			// deactivated.
			this.sessions.revokeAll(customerId);
		}
		if (this.accounts.changeActive(customerId, active)) {
			this.auditLog
				.record(AuditEvent.of(active ? "customer.reactivated" : "customer.deactivated", "customer", customerId)
					.with("reason", reason));
		}
		return new AccountStatusResponse(customerId, active);
	}

}
