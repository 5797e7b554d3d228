package org.rasd.core.event;

/** What a generated verb form is: perfect (past), imperfect (present/future), or passive perfect. */
public enum VerbForm { PERFECT, IMPERFECT, PASSIVE, NOUN }
