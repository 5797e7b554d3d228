package org.rasd.core.event;

/**
 * One CAMEO event code with its PLOVER category, mode and context (null when PLOVER defines none),
 * Goldstein score, quad class (1 verbal cooperation .. 4 material conflict) and English label.
 */
public record CameoCode(String code, String category, String mode, String context, double goldstein, int quadClass, String label) {
    /** True for the categories that PLOVER turns into AGREE when reported as future (CONSULT, SUPPORT, COOPERATE, AID). */
    public boolean cooperative() {
        return switch (category) {
            case "CONSULT", "SUPPORT", "COOPERATE", "AID" -> true;
            default -> false;
        };
    }

    public boolean hostile() { return quadClass == 4 || "ACCUSE".equals(category) || "THREATEN".equals(category); }
}
