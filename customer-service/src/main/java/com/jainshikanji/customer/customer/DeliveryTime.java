package com.jainshikanji.customer.customer;

enum DeliveryTime {

	MORNING, AFTERNOON, EVENING

}
