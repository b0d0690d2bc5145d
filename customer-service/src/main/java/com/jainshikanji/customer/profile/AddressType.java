package com.jainshikanji.customer.profile;

enum AddressType {

	HOME, WORK, OTHER

}
