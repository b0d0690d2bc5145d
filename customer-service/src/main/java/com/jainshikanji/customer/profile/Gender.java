package com.jainshikanji.customer.profile;

enum Gender {

	FEMALE, MALE, OTHER, UNDISCLOSED

}
