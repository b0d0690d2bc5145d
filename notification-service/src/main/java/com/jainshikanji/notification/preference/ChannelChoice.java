package com.jainshikanji.notification.preference;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Embeddable;

import com.jainshikanji.notification.kind.Channel;

/**
 * The channels one category of notifications may use for a person.
 *
 * @param email by email
 * @param sms by SMS
 * @param push as push notifications to their devices
 * @param inApp in their notification list in the apps
 */
@Embeddable
public record ChannelChoice(boolean email, boolean sms, boolean push, boolean inApp) {

	public static final ChannelChoice ALL = new ChannelChoice(true, true, true, true);

	public static final ChannelChoice NONE = new ChannelChoice(false, false, false, false);

	Set<Channel> channels() {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (this.email) {
			channels.add(Channel.EMAIL);
		}
		if (this.sms) {
			channels.add(Channel.SMS);
		}
		if (this.push) {
			channels.add(Channel.PUSH);
		}
		if (this.inApp) {
			channels.add(Channel.IN_APP);
		}
		return channels;
	}

}
