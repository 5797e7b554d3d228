package org.rasd.core.model;

/** Where an event took place: the place as written and its country. */
public record Location(String text, int start, int end, String country) {}
