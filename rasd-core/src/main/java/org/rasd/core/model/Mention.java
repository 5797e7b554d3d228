package org.rasd.core.model;

/**
 * An actor mention: a span of the document text resolved to an actor.
 *
 * @param start      offset of the first character in the document text
 * @param end        offset after the last character
 * @param text       the text at those offsets, as written
 * @param sentence   index of the sentence that holds it
 * @param entity     the canonical entity id (a country code for countries, a lexicon id for others,
 *                   an article-local id such as {@code local:per:1} for persons found by cues)
 * @param type       COUNTRY, CITY, ORG, IGO, GROUP, PERSON, AGENT
 * @param name       the entity's canonical name (English where known)
 * @param code       the CAMEO-style actor code (country + sector, e.g. MARMIL) or a group id
 * @param country    ISO 3166 alpha-3, or null
 * @param sector     GOV, MIL, ... or null
 * @param resolution how it was found: lexicon, agent, cue, variant, anaphora
 * @param rule       the lexicon entry or rule that made it (file:line or rule name)
 */
public record Mention(int start, int end, String text, int sentence,
                      String entity, String type, String name, String code,
                      String country, String sector, String resolution, String rule) {}
