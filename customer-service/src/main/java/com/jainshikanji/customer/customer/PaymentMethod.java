package com.jainshikanji.customer.customer;

enum PaymentMethod {

	UPI, CARD, NETBANKING, COD, WALLET

}
