package com.jainshikanji.customer.profile;

enum PaymentMethod {

	UPI, CARD, NETBANKING, COD, WALLET

}
