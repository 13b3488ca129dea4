package org.linkmap.bench.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** {@code --name value} options of the bench commands. */
public final class Options {

    private Options() {
    }

    /** The options after the first {@code skip} arguments. */
    public static Map<String, String> parse(String[] args, int skip) {
        Map<String, String> options = new HashMap<>();
        for (int i = skip; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    public static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** 128m, 2g, or bytes. */
    public static long bytes(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
