package com.jainshikanji.customer.identity;

public class AccountDisabled extends RuntimeException {

	AccountDisabled() {
		super("This account is disabled");
	}

}
