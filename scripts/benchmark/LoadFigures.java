import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load generators of this directory share (Java's launcher compiles it with
 * whichever of them is run): their {@code key=value} arguments, how an answer that is not
 * the one hoped for is named, and percentiles.
 */
final class LoadFigures {

	private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\":\"[^\"]*/([^\"/]+)\"");

	private LoadFigures() {
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		return options;
	}

	/** The step, the status and the problem's type (its last path segment) if any. */
	static String failure(String step, HttpResponse<String> response) {
		Matcher type = PROBLEM_TYPE.matcher(response.body());
		return step + ":" + response.statusCode() + (type.find() ? ":" + type.group(1) : "");
	}

	/** The percentile of sorted nanoseconds, in milliseconds. */
	static double millis(List<Long> sorted, double percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
