package com.jainshikanji.testsupport.infra;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value made on first use, once, even when several threads ask at the same time. */
final class Lazy<T> implements Supplier<T> {

	private final Supplier<T> factory;

	private volatile T value;

	Lazy(Supplier<T> factory) {
		this.factory = factory;
	}

	@Override
	public T get() {
		T result = this.value;
		if (result == null) {
			synchronized (this) {
				result = this.value;
				if (result == null) {
					result = this.factory.get();
					this.value = result;
				}
			}
		}
		return result;
	}

	/** Runs the action on the value if it was ever made. */
	void ifStarted(Consumer<T> action) {
		T result = this.value;
		if (result != null) {
			action.accept(result);
		}
	}

}
