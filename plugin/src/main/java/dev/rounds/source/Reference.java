package dev.rounds.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a post's {@code references:} list: a DOI, a PMID or a URL (or several of them for the same work),
 * with an optional label.
 *
 * @param doi e.g. "10.1056/NEJMoa1511939", or null
 * @param pmid e.g. "26551272", or null
 * @param url any other link, or null
 * @param label the text shown; the identifier when absent
 * @param line the front-matter line of the entry
 */
public record Reference(String doi, String pmid, String url, String label, int line)
        {

    /** A persistent identifier of the work, as schema.org's PropertyValue names it ({@code propertyID}, {@code value}). */
    public record Identifier(String propertyID, String value) { }

    /** Where the reference links to: doi.org, PubMed, or its own URL, in that order of preference. */
    public String href() {
        if (doi != null) {
            return doiUrl();
        }
        if (pmid != null) {
            return pubMedUrl();
        }
        return url;
    }

    /** The text to show for the reference. */
    public String text() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        if (doi != null) {
            return "doi:" + doi;
        }
        if (pmid != null) {
            return "PMID: " + pmid;
        }
        return url;
    }

    /** Whether it names a scholarly article (it has a DOI or a PMID). */
    public boolean scholarly() {
        return doi != null || pmid != null;
    }

    /** The DOI and the PMID, when given. */
    public List<Identifier> identifiers() {
        List<Identifier> identifiers = new ArrayList<>();
        if (doi != null) {
            identifiers.add(new Identifier("DOI", doi));
        }
        if (pmid != null) {
            identifiers.add(new Identifier("PMID", pmid));
        }
        return identifiers;
    }

    /** The other addresses of the same work, besides {@link #href()}: PubMed when there is also a DOI, the URL. */
    public List<String> sameAs() {
        List<String> others = new ArrayList<>();
        if (pmid != null && doi != null) {
            others.add(pubMedUrl());
        }
        if (url != null && !url.equals(href())) {
            others.add(url);
        }
        return others;
    }

    /** Every address of the reference, for the optional link check. */
    public List<String> urls() {
        List<String> all = new ArrayList<>();
        all.add(href());
        all.addAll(sameAs());
        return all;
    }

    private String doiUrl() {
        return "https://doi.org/" + encodeDoi(doi);
    }

    /**
     * A DOI may contain characters a URL may not ("<", "#", "?"...: old Wiley DOIs are full of them); the DOI
     * Handbook asks for them to be percent-encoded in doi.org links.
     */
    static String encodeDoi(String doi) {
        StringBuilder encoded = new StringBuilder();
        for (char c : doi.toCharArray()) {
            if ("%\"#?<>{}^[]`|\\ ".indexOf(c) >= 0) {
                encoded.append('%').append(String.format("%02X", (int) c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    private String pubMedUrl() {
        return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }
}
