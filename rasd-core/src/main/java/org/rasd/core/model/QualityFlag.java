package org.rasd.core.model;

/**
 * A change made while cleaning, or a fault found in the text, with its place in the original text.
 * Kinds: duplicate_line, boilerplate, junk, truncated, control_chars, mixed_script, encoding.
 */
public record QualityFlag(String kind, int start, int end, String text) {}
