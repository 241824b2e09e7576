package dev.rounds.source;

import java.util.List;

/**
 * A person who writes or reviews posts, from the blog's authors file.
 *
 * @param key how front matter names them ({@code author: jdoe})
 * @param name full name
 * @param credentials post-nominal letters, e.g. "MD, FACP"
 * @param role e.g. "Attending physician"
 * @param specialty e.g. "Internal medicine"
 * @param affiliation e.g. a hospital or university
 * @param links profile pages
 * @param twitter the X handle without '@', or ""
 */
public record Author(String key, String name, String credentials, String role, String specialty, String affiliation,
                     List<String> links, String twitter) {

    public Author {
        credentials = credentials == null ? "" : credentials;
        role = role == null ? "" : role;
        specialty = specialty == null ? "" : specialty;
        affiliation = affiliation == null ? "" : affiliation;
        twitter = twitter == null ? "" : twitter.replaceFirst("^@", "");
        links = List.copyOf(links);
    }

    /** "Jane Doe, MD, FACP". */
    public String displayName() {
        return credentials.isEmpty() ? name : name + ", " + credentials;
    }
}
