package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.FORBIDDEN, slug = "account-disabled", title = "Account disabled")
class AccountDisabled extends RuntimeException {

	AccountDisabled() {
		super("This account is disabled");
	}

}
