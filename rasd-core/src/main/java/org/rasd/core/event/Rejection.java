package org.rasd.core.event;

/**
 * One reason why a trigger match names no event: a homograph, a figurative use, a reference to an earlier act,
 * a threat, a business meeting ... Each implementation is one rule (or one small family of closely related
 * rules) and reads only the word classes and cues it names in its Javadoc; {@link Rejections} holds them in the
 * order they are tried, which decides the reason reported when several hold. Implementations are stateless and
 * thread-safe.
 */
interface Rejection {
    /** Why the match in {@code c} names no event, or null when the match stands as far as this rule goes. */
    String reason(RuleContext c);

    /** The rule's name, as in docs/architecture.md: its class's simple name. */
    default String name() { return getClass().getSimpleName(); }
}
