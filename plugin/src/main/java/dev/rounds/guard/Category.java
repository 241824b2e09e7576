package dev.rounds.guard;

import java.util.Locale;

/**
 * The kinds of identifier the guard looks for, after the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)) narrowed to
 * what rules over text can catch. Biometrics and photographs are out of reach of a text scanner.
 */
public enum Category {
    /** A patient's name or initials. */
    NAME,
    /** Chart shorthand such as "34F" or "J.D., 62M". */
    INITIALS_AGE_SEX,
    /** A date (day or month) tied to a person's care, birth or death, or "today" next to a patient. */
    CARE_DATE,
    /** A single person's age over 89, which Safe Harbor requires to be written as "90 or older". */
    AGE_OVER_89,
    /** A telephone or fax number. */
    PHONE,
    EMAIL,
    /** A US Social Security number. */
    SSN,
    /** A medical record, account, member or health-plan number. */
    RECORD_NUMBER,
    /** A licence, certificate, passport, DEA or NPI number. */
    LICENSE_NUMBER,
    /** A device serial number or other device identifier. */
    DEVICE_ID,
    /** A vehicle identification number or licence plate. */
    VEHICLE_ID,
    IP_ADDRESS,
    STREET_ADDRESS,
    /** A five-digit ZIP code next to a patient. */
    ZIP_CODE,
    /** In a tweet, a link to a site other than the blog's own. */
    EXTERNAL_LINK;

    /** The name used in reports, finding ids and front-matter acknowledgements, e.g. {@code care-date}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category with this {@link #jsonName()}, for reading acknowledgements and labelled data. */
    public static Category fromJsonName(String jsonName) {
        for (Category category : values()) {
            if (category.jsonName().equals(jsonName)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category: " + jsonName);
    }
}
