package com.jainshikanji.notification.template;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * The template of one kind of notification on one channel. The defaults come from the
 * migrations; admins change them, and a change is accepted only if the template renders
 * with the kind's sample data. A disabled template leaves its channel out for the kind.
 */
@Entity
@Table(name = "templates")
class Template {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Embedded
	private TemplateContent content;

	private boolean enabled;

	private Instant updatedAt;

	private @Nullable UUID updatedBy;

	@Version
	private long version;

	protected Template() {
	}

	Template(NotificationKind kind, Channel channel, TemplateContent content, boolean enabled, Instant now,
			@Nullable UUID by) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.channel = channel;
		change(content, enabled, now, by);
	}

	/**
	 * Replaces what the template says; the caller has checked that it renders.
	 * @throws IllegalArgumentException if the kind may not use the channel
	 * @throws TemplateMustStayEnabled if it would disable a kind that is always sent
	 */
	void change(TemplateContent content, boolean enabled, Instant now, @Nullable UUID by) {
		if (!this.kind.allowedChannels().contains(this.channel)) {
			throw new IllegalArgumentException(this.kind + " notifications are not sent by " + this.channel);
		}
		if (!enabled && this.kind.alwaysSent()) {
			throw new TemplateMustStayEnabled(this.kind);
		}
		this.content = content;
		this.enabled = enabled;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	NotificationKind kind() {
		return this.kind;
	}

	Channel channel() {
		return this.channel;
	}

	TemplateContent content() {
		return this.content;
	}

	boolean enabled() {
		return this.enabled;
	}

	TemplateResponse toResponse() {
		return new TemplateResponse(this.kind, this.channel, this.content.subject(), this.content.body(),
				this.content.html(), this.enabled, this.updatedAt, this.updatedBy, this.version,
				SampleVariables.of(this.kind));
	}

}
