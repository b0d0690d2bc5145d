package com.jainshikanji.deploycheck;

/**
 * What a service's JVM needs besides its heap, which its container's memory limit must
 * leave it: the heap may grow to the image's share of the limit, and a container past its
 * limit is killed, not asked to collect its garbage.
 */
final class JvmMemory {

	private static final long MIB = 1024 * 1024;

	/**
	 * 256 MiB. Measured without an ahead-of-time cache, as the image runs
	 * (docs/performance.md): about 200 MiB at rest (metaspace and class space 117 MiB,
	 * symbols 25, code 18, threads 8, with malloc and the collector's own beside); more
	 * under load, as C2 compiles and threads and Kafka's and Netty's buffers grow.
	 */
	static final long BESIDES_HEAP = 256 * MIB;

	private JvmMemory() {
	}

	/** What a limit leaves besides a heap of {@code heapPercentage} % of it. */
	static long besidesHeap(long limit, int heapPercentage) {
		return limit * (100 - heapPercentage) / 100;
	}

	/** Whether the limit leaves less than {@link #BESIDES_HEAP}. */
	static boolean tooSmall(long limit, int heapPercentage) {
		return besidesHeap(limit, heapPercentage) < BESIDES_HEAP;
	}

	static String describe(long limit, int heapPercentage) {
		return "leaves " + besidesHeap(limit, heapPercentage) / MIB + " MiB besides a heap of " + heapPercentage
				+ " % of it, under the " + BESIDES_HEAP / MIB + " MiB a service's JVM needs";
	}

}
