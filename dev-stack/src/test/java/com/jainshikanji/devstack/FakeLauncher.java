package com.jainshikanji.devstack;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the launcher in {@link RunLocalTests}: says it ran, with what arguments
 * and JVM options.
 */
public final class FakeLauncher {

	private FakeLauncher() {
	}

	public static void main(String[] args) {
		System.out.println("launched with [" + String.join(" ", args) + "]");
		System.out.println("jvm options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
	}

}
