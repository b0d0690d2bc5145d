package com.jainshikanji.notification.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.kind.NotificationKind;

/**
 * An admin's send: a kind's templates to one person ({@code userId}) or to a segment,
 * with the message's words.
 *
 * @param kind PROMOTION (only to those who opted in) or ANNOUNCEMENT (to everyone meant,
 * without a coupon)
 * @param userId one person; or
 * @param segment a segment: EVERYONE, STORE_CUSTOMERS (with {@code storeId}) or
 * LOYALTY_TIER (with {@code tier})
 * @param variables what the templates say
 */
record SendRequest(@NotNull NotificationKind kind, @Nullable UUID userId, @Nullable @Valid Segment segment,
		@NotNull @Valid Words variables) {

	/**
	 * What the templates say. A coupon code makes a send a promotion, whatever kind it is
	 * given: an announcement reaches people who never opted into promotions, so it may
	 * not carry one.
	 */
	Map<String, @Nullable Object> words() {
		if (this.kind == NotificationKind.ANNOUNCEMENT && this.variables.code() != null) {
			throw new InvalidSend("An announcement carries no coupon: send it as a PROMOTION",
					List.of(Map.of("field", "variables.code", "message",
							"only a PROMOTION carries a coupon; promotions reach only those who opted in")));
		}
		return this.variables.toVariables();
	}

	/** The audience, once it is clear who is meant. */
	Audience audience() {
		List<Map<String, String>> errors = new ArrayList<>();
		if ((this.userId == null) == (this.segment == null)) {
			errors.add(Map.of("field", "userId", "message", "give either userId or segment, not both"));
		}
		else if (this.segment != null) {
			if (this.segment.type() == SegmentType.STORE_CUSTOMERS && this.segment.storeId() == null) {
				errors.add(Map.of("field", "segment.storeId", "message", "must be given for STORE_CUSTOMERS"));
			}
			if (this.segment.type() == SegmentType.LOYALTY_TIER && this.segment.tier() == null) {
				errors.add(Map.of("field", "segment.tier", "message", "must be given for LOYALTY_TIER"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidSend("The send does not say clearly who it is for", errors);
		}
		if (this.userId != null) {
			return new Audience.OnePerson(this.userId);
		}
		Segment segment = java.util.Objects.requireNonNull(this.segment);
		return switch (segment.type()) {
			case EVERYONE -> new Audience.Everyone();
			case STORE_CUSTOMERS -> new Audience.StoreCustomers(java.util.Objects.requireNonNull(segment.storeId()));
			case LOYALTY_TIER -> new Audience.LoyaltyTier(
					java.util.Objects.requireNonNull(segment.tier()).toUpperCase(java.util.Locale.ROOT));
		};
	}

	enum SegmentType {

		EVERYONE, STORE_CUSTOMERS, LOYALTY_TIER

	}

	record Segment(@NotNull SegmentType type, @Nullable UUID storeId,
			@Nullable @Pattern(regexp = "(?i)BRONZE|SILVER|GOLD|PLATINUM",
					message = "must be BRONZE, SILVER, GOLD or PLATINUM") String tier) {
	}

	/**
	 * @param title a headline
	 * @param message the text
	 * @param code a coupon code, optional
	 * @param link a page to open, optional
	 */
	record Words(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 1000) String message,
			@Nullable @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+",
					message = "must be letters, digits, - and _") String code,
			@Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+",
					message = "must be an http(s) URL") String link) {

		Map<String, @Nullable Object> toVariables() {
			Map<String, @Nullable Object> variables = new LinkedHashMap<>();
			variables.put("title", this.title.strip());
			variables.put("message", this.message.strip());
			variables.put("code", this.code);
			variables.put("link", this.link);
			return variables;
		}

	}

}
