package org.rasd.core.text;

/** What a token is: a word, a number (2020-2030, 3.5), or a punctuation mark. */
public enum TokenKind { WORD, NUMBER, PUNCT }
