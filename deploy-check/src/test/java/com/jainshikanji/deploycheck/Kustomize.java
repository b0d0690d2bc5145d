package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, offline (no cluster is asked
 * anything). {@code KUBECTL} names another binary than the one on the PATH.
 */
final class Kustomize {

	static final String INSTALL_HINT = """
			kubectl is needed to render deploy/ (it runs `kubectl kustomize`, offline: no cluster needed). \
			Install kubectl 1.27 or newer (its kustomize is v5): on Debian or Ubuntu `apt-get install kubectl` \
			from the Kubernetes apt repository (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/; \
			Debian's own kubernetes-client is too old), on macOS `brew install kubectl`, or the binary from \
			https://kubernetes.io/docs/tasks/tools/ on the PATH (or named by KUBECTL). To build without it, \
			leave the module out: ./mvnw verify -pl '!deploy-check'.""";

	private Kustomize() {
	}

	/**
	 * The overlays under {@code deploy/overlays}, each a directory with a kustomization.
	 */
	static List<Path> overlays(Path deploy) throws IOException {
		try (var dirs = Files.list(deploy.resolve("overlays"))) {
			return dirs.filter((dir) -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
		}
	}

	/** The manifests the kustomization renders to, as one YAML stream. */
	static String render(Path kustomization) {
		return render(kustomization, System.getenv().getOrDefault("KUBECTL", "kubectl"));
	}

	static String render(Path kustomization, String kubectl) {
		Process process;
		try {
			process = new ProcessBuilder(kubectl, "kustomize", kustomization.toString()).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run '" + kubectl + "': " + ex.getMessage() + ". " + INSTALL_HINT,
					ex);
		}
		try {
			CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
			String out = read(process.getInputStream());
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("kubectl kustomize " + kustomization + " took over 60 s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("kubectl kustomize " + kustomization + " failed (" + process.exitValue()
						+ "): " + errors.join());
			}
			return out;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
