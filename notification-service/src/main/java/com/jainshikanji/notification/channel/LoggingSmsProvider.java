package com.jainshikanji.notification.channel;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where text messages go when no SMS provider is configured (the local platform, a
 * development machine): the log, with the number masked. Nothing leaves the machine.
 */
public class LoggingSmsProvider implements SmsProvider {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsProvider.class);

	@Override
	public SendOutcome send(String phone, String text) {
		String id = "log-" + UUID.randomUUID();
		log.info("SMS {} to {} (no SMS provider configured, not sent): {}", id, Masking.phone(phone), text);
		return SendOutcome.sent(id);
	}

}
