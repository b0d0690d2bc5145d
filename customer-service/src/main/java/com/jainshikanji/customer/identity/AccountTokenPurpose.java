package com.jainshikanji.customer.identity;

/** What a one-time account token proves or allows. */
enum AccountTokenPurpose {

	/** Owning the email address it was sent to. */
	VERIFY_EMAIL,

	/** Choosing a new password for the account. */
	RESET_PASSWORD

}
