package dev.rounds.publish;

import dev.rounds.core.Log;
import java.util.ArrayList;
import java.util.List;

/** Keeps every log line so tests can look for leaks and warnings. */
final class RecordingLog implements Log {

    final List<String> lines = new ArrayList<>();

    @Override public synchronized void debug(String message) { lines.add("DEBUG " + message); }
    @Override public synchronized void info(String message) { lines.add("INFO " + message); }
    @Override public synchronized void warn(String message) { lines.add("WARN " + message); }
    @Override public synchronized void error(String message) { lines.add("ERROR " + message); }

    synchronized String all() {
        return String.join("\n", lines);
    }
}
