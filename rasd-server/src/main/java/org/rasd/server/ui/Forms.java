package org.rasd.server.ui;

import java.util.List;
import org.rasd.server.data.EventFilter;
import org.rasd.server.data.Views;

/** The event filter form shared by the events table, the network and the watchlist editor. */
public final class Forms {
    /** PLOVER event categories, for the category picker. */
    public static final List<String> CATEGORIES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private Forms() {}

    /** The filter fields (without the form element); {@code actors} feed the actor code suggestions. */
    public static void filterFields(Html h, EventFilter f, boolean withText, List<Views.ActorCount> actors) {
        h.raw("<datalist id=\"actor-codes\">");
        for (Views.ActorCount a : actors) h.raw("<option").attr("value", a.code()).raw(">").text(a.name() + " · " + a.events() + " events").raw("</option>");
        h.raw("</datalist>");
        h.raw("<label>Actor <input name=\"actor\" list=\"actor-codes\" placeholder=\"code, e.g. MAR\" size=\"12\"").attr("value", f.actor() == null ? "" : f.actor()).raw("></label>");
        h.raw("<label>Recipient <input name=\"recipient\" list=\"actor-codes\" placeholder=\"code, e.g. DZA\" size=\"12\"").attr("value", f.recipient() == null ? "" : f.recipient()).raw("></label>");
        h.raw("<label>Category <select name=\"category\" multiple size=\"4\">");
        for (String c : CATEGORIES) {
            h.raw("<option").attr("value", c);
            if (f.categories().contains(c)) h.raw(" selected");
            h.raw(">").text(c).raw("</option>");
        }
        h.raw("</select></label>");
        h.raw("<label>Modality <select name=\"modality\"><option value=\"\">any</option>");
        for (String m : List.of("asserted", "claimed", "planned", "historical", "negated", "hypothetical")) {
            h.raw("<option").attr("value", m);
            if (m.equals(f.modality())) h.raw(" selected");
            h.raw(">").text(m).raw("</option>");
        }
        h.raw("</select></label>");
        h.raw("<label>From <input type=\"date\" name=\"from\"").attr("value", f.from() == null ? "" : f.from()).raw("></label>");
        h.raw("<label>To <input type=\"date\" name=\"to\"").attr("value", f.to() == null ? "" : f.to()).raw("></label>");
        if (withText) h.raw("<label>Words <input name=\"q\" placeholder=\"in the evidence or gloss\" size=\"14\"").attr("value", f.text() == null ? "" : f.text()).raw("></label>");
        h.raw("<label class=\"check\"><input type=\"checkbox\" name=\"either\" value=\"true\"");
        if (f.either()) h.raw(" checked");
        h.raw("> actor on either side</label>");
    }
}
