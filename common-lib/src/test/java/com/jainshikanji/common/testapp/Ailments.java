package com.jainshikanji.common.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Which "sick-" samples the listener can digest by now: none, until a test cures them, as
 * a fix deployed after a failure would.
 */
@Component
public class Ailments {

	private final Set<String> cured = ConcurrentHashMap.newKeySet();

	public void cure(String name) {
		this.cured.add(name);
	}

	boolean makesFail(String name) {
		return name.startsWith("sick-") && !this.cured.contains(name);
	}

}
