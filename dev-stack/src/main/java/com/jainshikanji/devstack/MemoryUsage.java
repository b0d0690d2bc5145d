package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How much memory the platform really uses: the proportional set size (PSS) of this
 * process and all its descendants, and of the other trees it started (PostgreSQL's
 * postmaster daemonizes, so it is no descendant), so memory shared between processes
 * (e.g. PostgreSQL's shared buffers) is counted once. Linux only; elsewhere it reports
 * zero.
 */
final class MemoryUsage {

	private MemoryUsage() {
	}

	static long totalProportionalSetSize(ProcessHandle root, long... otherRoots) {
		Stream<ProcessHandle> others = java.util.Arrays.stream(otherRoots)
			.mapToObj(ProcessHandle::of)
			.flatMap(java.util.Optional::stream);
		return Stream.concat(Stream.of(root), others)
			.flatMap((tree) -> Stream.concat(Stream.of(tree), tree.descendants()))
			.distinct()
			.mapToLong(MemoryUsage::pss)
			.sum();
	}

	static String format(long bytes) {
		if (bytes == 0) {
			return "unknown (needs /proc)";
		}
		return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
	}

	private static long pss(ProcessHandle process) {
		Path rollup = Path.of("/proc", String.valueOf(process.pid()), "smaps_rollup");
		try (Stream<String> lines = Files.lines(rollup)) {
			return lines.filter((line) -> line.startsWith("Pss:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
