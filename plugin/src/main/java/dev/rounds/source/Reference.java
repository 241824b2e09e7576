package dev.rounds.source;

/**
 * One entry of a post's {@code references:} list: a DOI, a PMID or a URL, with an optional label.
 *
 * @param doi e.g. "10.1056/NEJMoa1511939", or null
 * @param pmid e.g. "26551272", or null
 * @param url any other link, or null
 * @param label the text shown; the identifier when absent
 * @param line the front-matter line of the entry
 */
public record Reference(String doi, String pmid, String url, String label, int line) {

    /** Where the reference links to: doi.org, PubMed, or its own URL. */
    public String href() {
        if (doi != null) {
            return "https://doi.org/" + doi;
        }
        if (pmid != null) {
            return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
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
}
