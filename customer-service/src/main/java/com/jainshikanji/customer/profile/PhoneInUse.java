package com.jainshikanji.customer.profile;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.CONFLICT, slug = "phone-in-use", title = "Phone number in use")
class PhoneInUse extends RuntimeException {

	PhoneInUse() {
		super("This phone number belongs to another account");
	}

}
