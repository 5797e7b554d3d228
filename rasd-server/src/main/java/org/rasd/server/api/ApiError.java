package org.rasd.server.api;

/** The JSON body of every error: the HTTP status and a message saying what was wrong and where. */
public record ApiError(int status, String error) {}
