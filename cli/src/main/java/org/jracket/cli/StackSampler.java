package org.jracket.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A diagnostic for start-up work (-Djracket.sample=MICROS): samples the stacks of the guest's
 * main thread (or of the threads whose names -Djracket.sample.threads matches at the start)
 * every MICROS microseconds, and prints at exit the most frequent frames, by self and inclusive
 * count. JFR cannot serve here: a recording makes the JVM link lambdas afresh instead of taking
 * them from the AOT cache, which changes the very start-up being measured.
 */
final class StackSampler {
    /** The threads sampled (-Djracket.sample.threads, a regex matched at the name's start). */
    private final java.util.regex.Pattern threads =
            java.util.regex.Pattern.compile(System.getProperty("jracket.sample.threads", "guest-main"));
    private final Map<String, Integer> self = new HashMap<>(), incl = new HashMap<>();
    private int samples;
    private final Thread thread;

    private StackSampler(long micros) {
        thread = new Thread(() -> run(micros), "stack-sampler");
        thread.setDaemon(true);
    }

    /** Called at every start: it only reads one property unless sampling is asked for. */
    static StackSampler startIfAsked() {
        String p = System.getProperty("jracket.sample");
        if (p == null) return null;
        long micros;
        try {
            micros = Math.max(1, Long.parseLong(p));
        } catch (NumberFormatException e) {
            System.err.println("jracket: -Djracket.sample expects microseconds, not '" + p + "'");
            return null;
        }
        StackSampler s = new StackSampler(micros);
        s.thread.start();
        return s;
    }

    private void run(long micros) {
        while (true) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                if (!threads.matcher(e.getKey().getName()).lookingAt() || e.getValue().length == 0) continue;
                record(e.getValue());
            }
            try {
                Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] st) {
        samples++;
        self.merge(name(st[0]), 1, Integer::sum);
        HashSet<String> seen = new HashSet<>();
        for (StackTraceElement f : st) if (seen.add(name(f))) incl.merge(name(f), 1, Integer::sum);
    }

    private static String name(StackTraceElement f) { return f.getClassName() + "." + f.getMethodName(); }

    synchronized void print() {
        System.err.println("samples " + samples);
        top("self", self, 30);
        top("inclusive", incl, 90);
    }

    private static void top(String title, Map<String, Integer> m, int n) {
        System.err.println("--- " + title);
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> b.getValue() - a.getValue());
        for (int i = 0; i < Math.min(n, l.size()); i++) System.err.println(l.get(i).getValue() + " " + l.get(i).getKey());
    }
}
