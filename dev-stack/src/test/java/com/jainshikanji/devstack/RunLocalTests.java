package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code ./run-local} builds only when something a jar is made of changed: a
 * build that changes nothing still costs a Maven run and rewrites every jar. Runs the
 * real script in a small project whose {@code mvnw} only records that it was called.
 */
class RunLocalTests {

	private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	@TempDir
	Path project;

	@BeforeEach
	void project() throws IOException {
		copy("run-local");
		copy("scripts/use-jdk25.sh");
		copy("dev-stack/launcher-jvm.options");
		write("pom.xml", """
				<project>
					<modules>
						<module>common-lib</module>
						<module>order-service</module>
						<module>dev-stack</module>
					</modules>
				</project>
				""");
		for (String module : List.of("common-lib", "order-service", "dev-stack")) {
			write(module + "/pom.xml", "<project/>");
		}
		write("common-lib/src/main/java/Problem.java", "class Problem {}");
		write("order-service/src/main/java/Orders.java", "class Orders {}");
		write("order-service/src/main/resources/application.yml", "server.port: 8083");
		write("dev-stack/src/main/java/Launcher.java", "class Launcher {}");
		ExecutableJar.write(this.project.resolve("fake-launcher.jar"), FakeLauncher.class);
		write("mvnw", """
				#!/bin/sh
				echo "$@" >> mvnw.calls
				[ -f build-fails ] && exit 1
				mkdir -p order-service/target dev-stack/target
				echo built > order-service/target/order-service.jar
				cp fake-launcher.jar dev-stack/target/dev-stack.jar
				""");
		Files.setPosixFilePermissions(this.project.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void buildsOnTheFirstRunOnly() throws Exception {
		assertThat(runLocal()).contains("launched with []");
		assertThat(runLocal()).contains("Nothing changed since the last build").contains("launched with []");

		assertThat(builds()).isOne();
	}

	@Test
	void buildsAgainAfterASourceChanged() throws Exception {
		runLocal();
		write("order-service/src/main/java/Orders.java", "class Orders { int version = 2; }");

		runLocal();

		assertThat(builds()).isEqualTo(2);
	}

	@Test
	void buildsAgainAfterAResourceOrAPomChanged() throws Exception {
		runLocal();
		write("order-service/src/main/resources/application.yml", "server.port: 9083");
		runLocal();
		write("common-lib/pom.xml", "<project><!-- a new dependency --></project>");
		runLocal();

		assertThat(builds()).isEqualTo(3);
	}

	@Test
	void buildsAgainAfterASourceWasDeleted() throws Exception {
		runLocal();
		Files.delete(this.project.resolve("common-lib/src/main/java/Problem.java"));

		runLocal();

		assertThat(builds()).isEqualTo(2);
	}

	@Test
	void buildsAgainWhenAServiceJarIsMissing() throws Exception {
		runLocal();
		Files.delete(this.project.resolve("order-service/target/order-service.jar"));

		runLocal();

		assertThat(builds()).isEqualTo(2);
	}

	@Test
	void buildsAgainAfterAFailedBuild() throws Exception {
		runLocal();
		write("order-service/src/main/java/Orders.java", "class Orders { broken");
		write("build-fails", "");
		assertThat(run("./run-local").exitValue()).isNotZero();
		Files.delete(this.project.resolve("build-fails"));

		assertThat(runLocal()).contains("launched with []");

		assertThat(builds()).isEqualTo(3);
	}

	@Test
	void noBuildNeverBuildsAndPassesTheOtherOptionsOn() throws Exception {
		runLocal();
		write("order-service/src/main/java/Orders.java", "class Orders { int version = 2; }");

		assertThat(runLocal("--no-build", "--wipe")).contains("launched with [--wipe]");

		assertThat(builds()).isOne();
	}

	@Test
	void helpPrintsTheUsageWithoutBuildingOrStarting() throws Exception {
		String usage = runLocal("--help");

		assertThat(usage).contains("./run-local --wipe", "./run-local --no-build", "./run-local --help")
			.doesNotContain("launched with", "set -euo");
		assertThat(builds()).isZero();
	}

	@Test
	void startsTheLauncherWithTheJvmOptionsTheSystemTestsUse() throws Exception {
		List<String> options = Files.readAllLines(ROOT.resolve("dev-stack/launcher-jvm.options"))
			.stream()
			.map((line) -> line.replaceFirst("#.*", "").strip())
			.filter((line) -> !line.isEmpty())
			.toList();
		assertThat(options).contains("-XX:+UseSerialGC").anyMatch((option) -> option.startsWith("-Xmx"));

		String output = runLocal();

		String jvmOptions = output.lines().filter((line) -> line.startsWith("jvm options ")).findFirst().orElseThrow();
		assertThat(options).allSatisfy((option) -> assertThat(jvmOptions).contains(option));
	}

	private String runLocal(String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of("./run-local"));
		command.addAll(List.of(options));
		Run run = run(command.toArray(String[]::new));
		assertThat(run.exitValue()).as(run.output()).isZero();
		return run.output();
	}

	private Run run(String... command) throws Exception {
		Path output = this.project.resolve("output");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.project.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), Files.readString(output));
	}

	private record Run(int exitValue, String output) {
	}

	private int builds() throws IOException {
		Path calls = this.project.resolve("mvnw.calls");
		return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
	}

	private void copy(String file) throws IOException {
		Path target = this.project.resolve(file);
		Files.createDirectories(target.getParent());
		Files.copy(ROOT.resolve(file), target);
	}

	private void write(String file, String content) throws IOException {
		Path target = this.project.resolve(file);
		Files.createDirectories(target.getParent());
		Files.writeString(target, content);
	}

}
