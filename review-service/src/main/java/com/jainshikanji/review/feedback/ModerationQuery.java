package com.jainshikanji.review.feedback;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reviews in one moderation status, oldest first, one page at a time.
 *
 * @param status PENDING (the default), APPROVED or REJECTED
 * @param page zero-based; 0 when omitted
 * @param size reviews per page, at most 100; 20 when omitted
 */
record ModerationQuery(
		@Nullable @Pattern(regexp = "(?i)PENDING|APPROVED|REJECTED",
				message = "must be one of PENDING, APPROVED, REJECTED") String status,
		@Nullable @Min(0) @Max(10_000) Integer page, @Nullable @Min(1) @Max(100) Integer size) {

	ReviewStatus statusOrPending() {
		return (this.status != null) ? ReviewStatus.valueOf(this.status.toUpperCase(Locale.ROOT))
				: ReviewStatus.PENDING;
	}

	PageQuery paging() {
		return new PageQuery(this.page, this.size);
	}

}
