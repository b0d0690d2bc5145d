package com.jainshikanji.archfixture.orders;

/** Breaks the rules on purpose: a mutable request class. */
public class OrderRequest {

	String item;

}
