package com.jainshikanji.notification.template;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * The templates: which channels each kind of notification uses, rendering them with a
 * notification's data, and the admins' changes, each tried on the kind's sample data
 * before it is accepted.
 */
@Service
public class TemplateCatalog {

	private static final String TARGET = "template";

	private final Templates templates;

	private final TemplateRenderer renderer = new TemplateRenderer();

	private final AuditLog auditLog;

	private final Clock clock;

	TemplateCatalog(Templates templates, AuditLog auditLog, Clock clock) {
		this.templates = templates;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The channels a kind of notification goes out on: those with an enabled template.
	 */
	@Transactional(readOnly = true)
	public Set<Channel> enabledChannels(NotificationKind kind) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		this.templates.findByKindAndEnabledTrue(kind).forEach((template) -> channels.add(template.channel()));
		channels.retainAll(kind.allowedChannels());
		return channels;
	}

	/**
	 * Renders the kind's template for the channel with a notification's data, each part
	 * cut to fit the channel; empty if the template is disabled or gone.
	 * @throws TemplateDoesNotRender if the data lacks something the template uses
	 */
	@Transactional(readOnly = true)
	public Optional<RenderedMessage> render(NotificationKind kind, Channel channel,
			Map<String, @Nullable Object> variables) {
		return this.templates.findByKindAndChannel(kind, channel)
			.filter(Template::enabled)
			.map((template) -> this.renderer.render(channel, template.content(), variables));
	}

	@Transactional(readOnly = true)
	List<TemplateResponse> list() {
		return this.templates.findAllByOrderByKindAscChannelAsc().stream().map(Template::toResponse).toList();
	}

	@Transactional(readOnly = true)
	TemplateResponse template(NotificationKind kind, Channel channel) {
		return find(kind, channel).toResponse();
	}

	/**
	 * Creates or replaces the kind's template for the channel, once it renders with the
	 * kind's sample data and its own words fit the channel.
	 * @throws ChannelNotAllowed if the kind is never sent on the channel
	 * @throws TemplateDoesNotRender if it does not render, or says too much
	 */
	@Transactional
	TemplateResponse change(NotificationKind kind, Channel channel, TemplateContent content, boolean enabled,
			UUID actor) {
		if (!kind.allowedChannels().contains(channel)) {
			throw new ChannelNotAllowed(kind, channel);
		}
		this.renderer.tryOn(channel, content, SampleVariables.of(kind));
		Optional<Template> existing = this.templates.findByKindAndChannel(kind, channel);
		AuditEvent event = AuditEvent.of("template.changed", TARGET, kind + "/" + channel)
			.with("kind", kind)
			.with("channel", channel);
		Template template;
		if (existing.isPresent()) {
			template = existing.get();
			TemplateContent before = template.content();
			event = event
				.with("subject",
						Map.of("from", String.valueOf(before.subject()), "to", String.valueOf(content.subject())))
				.with("bodyChanged", !before.body().equals(content.body()))
				.with("htmlChanged", !Objects.equals(before.html(), content.html()))
				.with("enabled", Map.of("from", template.enabled(), "to", enabled));
			template.change(content, enabled, this.clock.instant(), actor);
		}
		else {
			template = this.templates.save(new Template(kind, channel, content, enabled, this.clock.instant(), actor));
			event = event.with("created", true).with("enabled", enabled);
		}
		this.auditLog.record(event);
		this.templates.flush();
		return template.toResponse();
	}

	/**
	 * Renders a template with the kind's sample data, as it would be sent: the given
	 * text, or the saved template when none is given.
	 */
	@Transactional(readOnly = true)
	PreviewResponse preview(NotificationKind kind, Channel channel, @Nullable TemplateContent content) {
		TemplateContent template = (content != null) ? content : find(kind, channel).content();
		return PreviewResponse.of(this.renderer.tryOn(channel, template, SampleVariables.of(kind)));
	}

	private Template find(NotificationKind kind, Channel channel) {
		return this.templates.findByKindAndChannel(kind, channel)
			.orElseThrow(() -> new TemplateNotFound(kind, channel));
	}

}
