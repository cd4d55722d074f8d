package dev.govcheck.cli;

import dev.govcheck.report.Format;
import dev.govcheck.run.UsageException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the {@code --format} values with the {@code --output} values: {@code -o FILE} sends the one format
 * there, {@code -o FORMAT=FILE} sends that format there, and a format without a file goes to standard output.
 * Combinations that cannot be meant are usage errors: a format given twice, a file for a format not asked for,
 * a bare {@code -o FILE} with several formats, two formats on standard output or in one file.
 */
final class OutputTargets {
    private OutputTargets() {
    }

    static List<OutputTarget> resolve(List<Format> formats, List<String> outputs) {
        List<Format> chosen = formats.isEmpty() ? List.of(Format.TEXT) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.indexOf(chosen.get(i)) != i) {
                throw new UsageException("--format " + chosen.get(i) + " is given twice");
            }
        }
        Map<Format, Path> files = new EnumMap<>(Format.class);
        for (String value : outputs) {
            int equals = value.indexOf('=');
            Format named = equals > 0 ? formatNamed(value.substring(0, equals)) : null;
            Format format;
            Path file;
            if (named != null) {
                if (!chosen.contains(named)) {
                    throw new UsageException("-o " + value + ": " + named + " is not among the --format values"
                            + " (add --format " + named + ")");
                }
                format = named;
                file = path(value, value.substring(equals + 1));
            } else {
                if (chosen.size() > 1) {
                    throw new UsageException("-o " + value + ": with several --format values, name the format:"
                            + " -o FORMAT=FILE");
                }
                format = chosen.get(0);
                file = path(value, value);
            }
            if (files.put(format, file) != null) {
                throw new UsageException("-o: more than one file given for " + format);
            }
        }
        List<OutputTarget> targets = new ArrayList<>();
        List<String> toStandardOutput = new ArrayList<>();
        Map<Path, Format> byFile = new HashMap<>();
        for (Format format : chosen) {
            Path file = files.get(format);
            if (file == null) {
                toStandardOutput.add(format.toString());
            } else {
                Format other = byFile.put(file.toAbsolutePath().normalize(), format);
                if (other != null) {
                    throw new UsageException("-o: " + other + " and " + format + " would both be written to " + file);
                }
            }
            targets.add(new OutputTarget(format, file));
        }
        if (toStandardOutput.size() > 1) {
            throw new UsageException("formats " + String.join(" and ", toStandardOutput)
                    + (toStandardOutput.size() == 2 ? " would both" : " would all") + " go to standard output;"
                    + " send all but one to files with -o FORMAT=FILE");
        }
        return targets;
    }

    private static Format formatNamed(String name) {
        try {
            return Format.parse(name);
        } catch (IllegalArgumentException e) {
            return null; // not a format: the whole value is a file name that happens to hold '='
        }
    }

    private static Path path(String value, String file) {
        if (file.isEmpty()) {
            throw new UsageException("-o " + value + ": no file name");
        }
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("-o " + value + ": not a valid file name (" + e.getReason() + ")");
        }
    }
}
