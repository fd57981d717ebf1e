package org.jracket.runtime.print;

/** The three printing styles: {@code write}, {@code display} and {@code print}. */
public enum PrintMode { WRITE, DISPLAY, PRINT }
