package dev.govcheck.drl;

import dev.govcheck.proposal.ToolCategory;

/** A tool already approved for use (catalog.yaml). Inserted as a fact so rules can point to reuse. */
public record ApprovedTool(String name, String vendor, ToolCategory category) {
}
