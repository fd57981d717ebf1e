package org.jracket.runtime.prims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jracket.runtime.data.Primitive;

/**
 * The values exported by a Java-implemented primitive module ({@code #%kernel} and its
 * siblings such as {@code #%flfxnum}). Filled once at startup by the {@code register}
 * methods of the primitive classes, then read-only and shared by all places.
 */
public final class PrimitiveTable {
    private final String moduleName;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    public PrimitiveTable(String moduleName) { this.moduleName = moduleName; }

    public String moduleName() { return moduleName; }

    public void add(Primitive p) { put(p.name, p); }

    public void addAll(Primitive... ps) { for (Primitive p : ps) add(p); }

    /** Any exported value: a primitive, a constant, a struct type, a parameter, ... */
    public void put(String name, Object value) {
        if (entries.putIfAbsent(name, value) != null) {
            throw new IllegalStateException(moduleName + ": duplicate primitive " + name);
        }
    }

    public Object get(String name) { return entries.get(name); }

    public Map<String, Object> entries() { return Collections.unmodifiableMap(entries); }
}
