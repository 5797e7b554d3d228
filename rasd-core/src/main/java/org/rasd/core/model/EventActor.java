package org.rasd.core.model;

/** An actor or recipient of an event, with the span that names it. */
public record EventActor(String code, String country, String sector, String entity, String name,
                         int start, int end, String text) {}
