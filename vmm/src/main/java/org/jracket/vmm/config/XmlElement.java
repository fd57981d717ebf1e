package org.jracket.vmm.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a validated config, with where it starts in the file, so that checks made after
 * the schema (files exist, limits fit) can point at the line as the schema's own errors do.
 */
final class XmlElement {
    final String name;
    final int line, column;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) if (c.name.equals(childName)) return c;
        return null;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> r = new ArrayList<>();
        for (XmlElement c : children) if (c.name.equals(childName)) r.add(c);
        return r;
    }

    String attr(String attrName) { return attributes.get(attrName); }
}
