package com.jainshikanji.review.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The store's public response to a review; replaces the previous one.
 *
 * @param text at most 1000 characters, kept as written (text, never markup)
 */
record ReplyRequest(@NotBlank @Size(max = StoreReply.TEXT_MAX) String text) {

}
