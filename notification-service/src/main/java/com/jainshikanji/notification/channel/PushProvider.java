package com.jainshikanji.notification.channel;

import java.util.Map;

/** Sends push notifications to one device at a time. */
public interface PushProvider {

	/**
	 * @param deviceToken the device's registration token
	 * @param title the notification's title
	 * @param body its text
	 * @param data what the app may act on (kind, order id...)
	 * @param key the same on every send of one notification (its delivery's id), so a
	 * device shows a notification sent again in place of the first rather than twice
	 * @return {@link SendOutcome.Result#GONE} when the token no longer reaches an app
	 */
	SendOutcome send(String deviceToken, String title, String body, Map<String, String> data, String key);

}
