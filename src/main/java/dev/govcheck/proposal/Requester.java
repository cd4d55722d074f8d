package dev.govcheck.proposal;

/** Who asks for the proposal. */
public record Requester(String name, String team, String email) {
}
