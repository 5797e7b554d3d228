package org.rasd.server.api;

import io.javalin.http.Context;
import org.rasd.server.data.BadRequestException;

/** Query parameters read with validation: a bad value is a 400 naming the parameter. */
public final class Params {
    private Params() {}

    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw new BadRequestException(name + ": " + n + " is outside " + min + ".." + max);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + ": '" + v + "' is not a whole number");
        }
    }

    public static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new BadRequestException(name + ": required");
        return v;
    }
}
