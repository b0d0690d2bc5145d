package com.jainshikanji.customer.profile;

enum SpiceLevel {

	MILD, MEDIUM, HOT, SWEET

}
