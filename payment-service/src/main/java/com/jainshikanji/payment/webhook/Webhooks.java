package com.jainshikanji.payment.webhook;

import java.time.Clock;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

import com.jainshikanji.payment.razorpay.RazorpayPayment;
import com.jainshikanji.payment.razorpay.RazorpayRefund;
import com.jainshikanji.payment.razorpay.RazorpaySignatures;

/**
 * Receives Razorpay's webhooks: the signature is checked on the bytes exactly as they
 * arrived, before anything parses them; a webhook that passes is stored once per event id
 * (a redelivery is recognised and answered at once) and then processed. The answer does
 * not wait for anything slower than our own database: no provider call happens while a
 * webhook is processed.
 */
@Component
class Webhooks {

	/**
	 * Reads only what we know: unknown members (the card, the VPA, whatever Razorpay
	 * adds) are skipped, never stored. A NUL character, which PostgreSQL takes in no text
	 * or JSONB value, is read as U+FFFD: a signed event is kept whatever its strings hold
	 * (refused, it would be sent again until Razorpay gave up on the endpoint).
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.addModule(new SimpleModule("storable-strings").addDeserializer(String.class, new StorableStrings()))
		.build();

	private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private static final Pattern EVENT = Pattern.compile("[a-z_]{1,30}\\.[a-z_]{1,30}");

	private final RazorpaySignatures signatures;

	private final WebhookInbox inbox;

	private final WebhookProcessor processor;

	private final Clock clock;

	Webhooks(RazorpaySignatures signatures, WebhookInbox inbox, WebhookProcessor processor, Clock clock) {
		this.signatures = signatures;
		this.inbox = inbox;
		this.processor = processor;
		this.clock = clock;
	}

	/**
	 * Takes a webhook as it arrived.
	 * @return whether it was new (false for a redelivery of an event already stored)
	 * @throws InvalidWebhookSignature when the signature does not match the body (nothing
	 * stored)
	 * @throws InvalidWebhook when a signed webhook has no event id or is not an event
	 */
	boolean receive(byte[] body, @Nullable String signature, @Nullable String eventId) {
		if (!this.signatures.isWebhookSignature(body, signature)) {
			throw new InvalidWebhookSignature();
		}
		if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
			throw new InvalidWebhook("X-Razorpay-Event-Id is missing or not an event id");
		}
		WebhookFacts facts = facts(body);
		boolean stored = this.inbox.store(eventId, facts.event(), JSON.writeValueAsString(facts), this.clock.instant());
		if (stored) {
			this.processor.process(eventId);
		}
		return stored;
	}

	private static WebhookFacts facts(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			String event = root.path("event").asString("");
			if (!EVENT.matcher(event).matches()) {
				throw new InvalidWebhook("The body is not a Razorpay event");
			}
			JsonNode payment = root.at("/payload/payment/entity");
			JsonNode refund = root.at("/payload/refund/entity");
			return new WebhookFacts(event, payment.isObject() ? JSON.treeToValue(payment, RazorpayPayment.class) : null,
					refund.isObject() ? JSON.treeToValue(refund, RazorpayRefund.class) : null);
		}
		catch (JacksonException ex) {
			throw new InvalidWebhook("The body is not a Razorpay event this service can read");
		}
	}

	/** Strings with every NUL character replaced by U+FFFD. */
	static final class StorableStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			return (text != null) ? text.replace('\u0000', '\uFFFD') : null;
		}

	}

}
