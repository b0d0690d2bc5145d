package com.jainshikanji.common.config;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the trim in a JVM of its own with the local launcher's collector settings (the
 * test JVM's collector sizes its heap by other rules), after filling the old generation
 * with garbage as starting a service does.
 */
class StartupHeapTrimTests {

	@Test
	void shrinksTheHeapToWhatIsLiveAndLeavesItsBoundsAsTheyWere() throws Exception {
		List<String> figures = runInTheLaunchersJvm();

		long before = Long.parseLong(figures.get(0));
		long after = Long.parseLong(figures.get(1));
		long oldLive = Long.parseLong(figures.get(2));
		long oldCommitted = Long.parseLong(figures.get(3));
		assertThat(before).isGreaterThanOrEqualTo(128L << 20);
		assertThat(after).isLessThan(before / 2);
		// At most 10 % of the old generation free: the JVM's own bound (70 %) leaves
		// about three times as much here.
		assertThat(oldCommitted).isLessThanOrEqualTo(oldLive * 10 / 9 + (1L << 20));
		assertThat(figures.subList(4, 6)).as("MinHeapFreeRatio, MaxHeapFreeRatio afterwards")
			.containsExactly("40", "70");
	}

	private static List<String> runInTheLaunchersJvm() throws IOException, InterruptedException {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:+UseSerialGC", "-XX:-ShrinkHeapInSteps", "-Xms16m", "-Xmx256m", "-Xmn16m", "-cp",
				System.getProperty("java.class.path"), Child.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		String[] lines = output.strip().split("\n");
		return List.of(lines[lines.length - 1].split(" "));
	}

	/**
	 * The JVM under test: prints "heapCommittedBefore heapCommittedAfter oldUsed
	 * oldCommitted minFree maxFree".
	 */
	static final class Child {

		public static void main(String[] args) {
			List<byte[]> held = new ArrayList<>();
			for (int i = 0; i < 160; i++) {
				// Larger than the young generation's survivor space: straight to the old
				// generation, as what a start promotes.
				held.add(new byte[1 << 20]);
			}
			held.clear();
			StartupHeapTrim.Trimmed trimmed = new StartupHeapTrim().trim();
			MemoryUsage old = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getName().equals("Tenured Gen"))
				.findFirst()
				.orElseThrow()
				.getUsage();
			var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
			System.out.println(trimmed.committedBefore() + " " + trimmed.committedAfter() + " " + old.getUsed() + " "
					+ old.getCommitted() + " " + hotspot.getVMOption("MinHeapFreeRatio").getValue() + " "
					+ hotspot.getVMOption("MaxHeapFreeRatio").getValue());
		}

	}

}
