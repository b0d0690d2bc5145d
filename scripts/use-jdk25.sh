# Sourced by ./run-local and .ci/run: selects a JDK 25 (JAVA_HOME if it is one, else a usual install location)
# and fails clearly when there is none.

is_jdk25() {
	[ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | head -n 1 | grep -Eq 'version "25([."]|-ea)'
}

if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
	found=""
	if command -v java >/dev/null 2>&1; then
		path_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
		if [ -n "$path_home" ] && is_jdk25 "$path_home"; then
			found="$path_home"
		fi
	fi
	if [ -z "$found" ]; then
		for candidate in /usr/lib/jvm/*25* "$HOME"/.sdkman/candidates/java/25* \
			/Library/Java/JavaVirtualMachines/*25*/Contents/Home /opt/java/*25* /opt/*jdk*25*; do
			if is_jdk25 "$candidate"; then
				found="$candidate"
				break
			fi
		done
	fi
	if [ -z "$found" ]; then
		echo "error: JDK 25 not found. Install a JDK 25 (e.g. Eclipse Temurin 25) and set JAVA_HOME to it." >&2
		exit 1
	fi
	export JAVA_HOME="$found"
fi
export PATH="$JAVA_HOME/bin:$PATH"
