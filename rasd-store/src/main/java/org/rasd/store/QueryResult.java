package org.rasd.store;

import java.util.List;

/** The result of a read-only SQL query: column names and rows (at most the limit asked; {@code truncated} if more). */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {}
