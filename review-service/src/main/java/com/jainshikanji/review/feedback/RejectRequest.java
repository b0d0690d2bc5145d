package com.jainshikanji.review.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a review is taken down; its author sees it.
 *
 * @param reason at most 500 characters
 */
record RejectRequest(@NotBlank @Size(max = Moderation.REASON_MAX) String reason) {

}
