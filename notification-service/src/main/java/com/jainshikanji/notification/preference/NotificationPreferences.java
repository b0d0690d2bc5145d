package com.jainshikanji.notification.preference;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.notification.kind.Category;
import com.jainshikanji.notification.kind.Channel;

/**
 * Reading and changing how people want to be told. An admin's change to someone else's
 * choices is audited; people's own changes are not.
 */
@Service
public class NotificationPreferences {

	private final PreferencesRepository preferences;

	private final AuditLog auditLog;

	private final Clock clock;

	NotificationPreferences(PreferencesRepository preferences, AuditLog auditLog, Clock clock) {
		this.preferences = preferences;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The channels notifications of the category may use for the person. */
	@Transactional(readOnly = true)
	public Set<Channel> channelsFor(UUID userId, Category category) {
		if (!category.choosable()) {
			return EnumSet.allOf(Channel.class);
		}
		return this.preferences.findById(userId)
			.orElseGet(() -> Preferences.defaults(userId, this.clock.instant()))
			.channelsFor(category);
	}

	/** Whether promotions may reach the person on any channel. */
	@Transactional(readOnly = true)
	public boolean wantsPromotions(UUID userId) {
		return !channelsFor(userId, Category.PROMOTIONS).isEmpty();
	}

	@Transactional(readOnly = true)
	PreferencesResponse preferences(UUID userId) {
		return this.preferences.findById(userId)
			.orElseGet(() -> Preferences.defaults(userId, this.clock.instant()))
			.toResponse();
	}

	@Transactional
	PreferencesResponse change(UUID userId, ChannelChoice orderUpdates, ChannelChoice accountUpdates,
			ChannelChoice promotions, UUID actor) {
		// Two apps saving at once: one after the other, instead of a 409 for one of them.
		this.preferences.lockChanges(userId);
		Preferences current = this.preferences.findById(userId)
			.orElseGet(() -> Preferences.defaults(userId, this.clock.instant()));
		PreferencesResponse before = current.toResponse();
		current.change(orderUpdates, accountUpdates, promotions, this.clock.instant());
		Preferences saved = this.preferences.saveAndFlush(current);
		if (!actor.equals(userId)) {
			this.auditLog.record(AuditEvent.of("preferences.changed", "user", userId)
				.with("orderUpdates", Map.of("from", before.orderUpdates(), "to", orderUpdates))
				.with("accountUpdates", Map.of("from", before.accountUpdates(), "to", accountUpdates))
				.with("promotions", Map.of("from", before.promotions(), "to", promotions)));
		}
		return saved.toResponse();
	}

}
