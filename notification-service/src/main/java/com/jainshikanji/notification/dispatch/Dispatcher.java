package com.jainshikanji.notification.dispatch;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.notification.delivery.DeliveryQueue;
import com.jainshikanji.notification.device.DeviceRegistry;
import com.jainshikanji.notification.inbox.Inbox;
import com.jainshikanji.notification.kind.Category;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.preference.NotificationPreferences;
import com.jainshikanji.notification.template.RenderedMessage;
import com.jainshikanji.notification.template.TemplateCatalog;
import com.jainshikanji.notification.template.TemplateDoesNotRender;

/**
 * Turns a notice into notifications, in the caller's transaction: on each channel the
 * kind has an enabled template for, that the person's preferences allow (for categories
 * they may choose), and that can reach them (an address, a device). In-app notifications
 * are written at once; the others are queued for their channel's worker. Whatever the
 * caller does twice, each source notifies a person at most once per channel.
 */
@Service
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	/** How a greeting reads when the name is unknown: "Hi there". */
	static final String UNKNOWN_NAME = "there";

	private final TemplateCatalog templates;

	private final NotificationPreferences preferences;

	private final Inbox inbox;

	private final DeliveryQueue queue;

	private final DeviceRegistry devices;

	Dispatcher(TemplateCatalog templates, NotificationPreferences preferences, Inbox inbox, DeliveryQueue queue,
			DeviceRegistry devices) {
		this.templates = templates;
		this.preferences = preferences;
		this.inbox = inbox;
		this.queue = queue;
		this.devices = devices;
	}

	/**
	 * @return the channels the notice went out on (newly; a repeated notice returns none)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Channel> dispatch(Notice notice) {
		Set<Channel> channels = this.templates.enabledChannels(notice.kind());
		Category category = notice.kind().category();
		if (category.choosable()) {
			channels.retainAll(this.preferences.channelsFor(notice.recipientId(), category));
		}
		Map<String, @Nullable Object> variables = new LinkedHashMap<>(notice.variables());
		if (variables.get("firstName") == null) {
			variables.put("firstName",
					(notice.contact().firstName() != null) ? notice.contact().firstName() : UNKNOWN_NAME);
		}
		Set<Channel> used = EnumSet.noneOf(Channel.class);
		for (Channel channel : channels) {
			boolean sent = switch (channel) {
				case IN_APP -> inApp(notice, variables);
				case EMAIL -> (notice.contact().email() != null) && this.queue.enqueue(notice.sourceId(),
						notice.recipientId(), channel, notice.kind(), notice.contact().email(), variables);
				case SMS -> (notice.contact().phone() != null) && this.queue.enqueue(notice.sourceId(),
						notice.recipientId(), channel, notice.kind(), notice.contact().phone(), variables);
				case PUSH -> this.devices.hasAny(notice.recipientId()) && this.queue.enqueue(notice.sourceId(),
						notice.recipientId(), channel, notice.kind(), null, variables);
			};
			if (sent) {
				used.add(channel);
			}
		}
		log.debug("{} {} for {}: {} of {}", notice.kind(), notice.sourceId(), notice.recipientId(), used, channels);
		return used;
	}

	private boolean inApp(Notice notice, Map<String, @Nullable Object> variables) {
		Optional<RenderedMessage> message;
		try {
			message = this.templates.render(notice.kind(), Channel.IN_APP, variables);
		}
		catch (TemplateDoesNotRender ex) {
			// Templates are tried on sample data when saved; data that still fails one is
			// a bug to fix, not a reason to lose the other channels.
			log.error("The in-app template of {} does not render for {}: {}", notice.kind(), notice.sourceId(),
					ex.getMessage());
			return false;
		}
		return message.isPresent() && this.inbox.add(notice.recipientId(), notice.sourceId(), notice.kind(),
				String.valueOf(message.get().subject()), message.get().text(), notice.links());
	}

}
