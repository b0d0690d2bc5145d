package com.jainshikanji.notification.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Every choice at once (the same shape as the answer to reading them). Security emails
 * and staff alerts are always sent and are not part of it.
 */
record PreferencesRequest(@NotNull @Valid Choice orderUpdates, @NotNull @Valid Choice accountUpdates,
		@NotNull @Valid Choice promotions) {

	/** One category's channels; each must be given. */
	record Choice(@NotNull Boolean email, @NotNull Boolean sms, @NotNull Boolean push, @NotNull Boolean inApp) {

		ChannelChoice toChoice() {
			return new ChannelChoice(this.email, this.sms, this.push, this.inApp);
		}

	}

}
