package com.jainshikanji.customer.customer;

enum Gender {

	FEMALE, MALE, OTHER, UNDISCLOSED

}
