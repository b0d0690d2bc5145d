package com.jainshikanji.review.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether reviews are shown at once or after an admin's approval. See
 * {@code docs/adr/0010-reviews.md} for why they are shown at once by default.
 *
 * @param autoApprove {@code true}: a new review is approved as it is written and an admin
 * may reject it later; {@code false}: it waits for an admin's approval, and so does an
 * approved review its author edits
 */
@ConfigurationProperties("review.moderation")
record ModerationPolicy(@DefaultValue("true") boolean autoApprove) {

	/** The status of a review just written, or just edited while approved. */
	ReviewStatus forNewContent() {
		return this.autoApprove ? ReviewStatus.APPROVED : ReviewStatus.PENDING;
	}

}
