package com.jainshikanji.notification.channel;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where push notifications go when no push provider is configured: the log, with the
 * token shortened. Nothing leaves the machine.
 */
public class LoggingPushProvider implements PushProvider {

	private static final Logger log = LoggerFactory.getLogger(LoggingPushProvider.class);

	@Override
	public SendOutcome send(String deviceToken, String title, String body, Map<String, String> data, String key) {
		String id = "log-" + UUID.randomUUID();
		log.info("Push {} to {} (no push provider configured, not sent): {}: {} {}", id, Masking.token(deviceToken),
				title, body, data);
		return SendOutcome.sent(id);
	}

}
