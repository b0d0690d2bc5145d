package com.jainshikanji.customer.profile;

enum DeliveryTime {

	MORNING, AFTERNOON, EVENING

}
