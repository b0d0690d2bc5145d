package com.jainshikanji.devstack;

/** Stands in for the launcher in {@link RunLocalTests}: says it ran, with what. */
public final class FakeLauncher {

	private FakeLauncher() {
	}

	public static void main(String[] args) {
		System.out.println("launched with [" + String.join(" ", args) + "]");
	}

}
