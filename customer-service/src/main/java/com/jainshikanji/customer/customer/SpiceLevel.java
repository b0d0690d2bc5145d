package com.jainshikanji.customer.customer;

enum SpiceLevel {

	MILD, MEDIUM, HOT, SWEET

}
