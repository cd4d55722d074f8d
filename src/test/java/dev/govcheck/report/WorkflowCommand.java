package dev.govcheck.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GitHub Actions workflow command read back the way the Actions runner reads a log line: the line starts
 * with {@code ::}, the command name runs to the first space or the next {@code ::}, properties are
 * comma-separated {@code key=value} pairs before that {@code ::}, and the data is everything after it.
 * Property values are unescaped for {@code %0D %0A %3A %2C %25}, data for {@code %0D %0A %25}; {@code %25} last,
 * so an escaped escape stays literal.
 */
public record WorkflowCommand(String name, Map<String, String> properties, String data) {
    private static final String KEY = "::";

    /** The command on this line, or null when the runner would take the line for plain log output. */
    public static WorkflowCommand parse(String line) {
        String message = line.stripLeading();
        if (!message.startsWith(KEY)) {
            return null;
        }
        int end = message.indexOf(KEY, KEY.length());
        if (end < 0) {
            return null;
        }
        String info = message.substring(KEY.length(), end);
        int space = info.indexOf(' ');
        String name = space < 0 ? info : info.substring(0, space);
        Map<String, String> properties = new LinkedHashMap<>();
        if (space > 0) {
            for (String pair : info.substring(space + 1).trim().split(",")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals > 0 && equals < pair.length() - 1) {
                    properties.put(pair.substring(0, equals), unescapeProperty(pair.substring(equals + 1)));
                }
            }
        }
        return new WorkflowCommand(name, properties, unescapeData(message.substring(end + KEY.length())));
    }

    private static String unescapeData(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
