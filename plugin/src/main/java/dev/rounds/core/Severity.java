package dev.rounds.core;

/** How serious a {@link Problem} is: warnings are reported, errors fail the build. */
public enum Severity {
    WARNING,
    ERROR
}
