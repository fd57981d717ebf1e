package org.jracket.runtime.eval;

/** A continuation prompt tag ({@code make-continuation-prompt-tag}). */
public final class PromptTag {
    public static final PromptTag DEFAULT = new PromptTag("default");
    public final String name;

    public PromptTag(String name) { this.name = name; }

    @Override public String toString() { return "#<continuation-prompt-tag" + (name == null ? "" : ":" + name) + ">"; }
}
