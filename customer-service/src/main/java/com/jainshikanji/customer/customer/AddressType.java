package com.jainshikanji.customer.customer;

enum AddressType {

	HOME, WORK, OTHER

}
