package com.jainshikanji.payment.razorpay;

import java.math.BigDecimal;

import com.jainshikanji.common.money.Money;

/** Rupees to the paise Razorpay counts in, and back; exact, never rounded. */
public final class Paise {

	private Paise() {
	}

	public static long of(Money money) {
		return money.amount().movePointRight(2).longValueExact();
	}

	public static Money toMoney(long paise) {
		return Money.of(BigDecimal.valueOf(paise, 2));
	}

}
