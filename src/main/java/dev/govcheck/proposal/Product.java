package dev.govcheck.proposal;

/** The product under evaluation. */
public record Product(String name, String vendor, ToolCategory category) {
}
