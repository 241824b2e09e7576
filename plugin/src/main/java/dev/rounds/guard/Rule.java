package dev.rounds.guard;

import static dev.rounds.guard.Vocabulary.DATE;
import static dev.rounds.guard.Vocabulary.ID_TOKEN;
import static dev.rounds.guard.Vocabulary.INITIALS;
import static dev.rounds.guard.Vocabulary.NAME_WORD;
import static dev.rounds.guard.Vocabulary.OCCUPATION;
import static dev.rounds.guard.Vocabulary.PERSON_NOUN;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every rule of the confidentiality guard, in one table: what it catches, why, how to fix it, examples it must
 * catch and examples it must leave alone (a test runs all of them), and its detector. Each detector is a regex that
 * proposes matches and a judge in {@link Judges} that reads the sentence around them.
 *
 * <p>When two rules match overlapping text the guard keeps one finding: the higher confidence, then the rule listed
 * first here, so specific rules (fax, SSN, MRN) come before the shapes they share with others (phone numbers).
 */
public enum Rule {

    // ---- Names -------------------------------------------------------------------------------------------------

    TITLED_NAME(Category.NAME,
            "A courtesy title and a surname (Mr., Mrs., Ms., Mx., Miss, Sr./Sra.). Dr. is left out: doctors named in "
                    + "a clinician's blog are colleagues and authors. HIGH next to clinical words, MEDIUM alone, "
                    + "dropped when the sentence quotes the person.",
            "Replace the name with a neutral description such as 'a man in his 60s' or 'my patient'.",
            List.of("Mr. Alvarez was admitted with chest pain.", "I asked Mrs Okafor about her medications.",
                    "Ms. O'Brien finally agreed to the biopsy."),
            List.of("Dr. Fauci said the vaccine was safe and effective.", "As Mr. Rogers said, look for the helpers.",
                    "Mr. X presented with fever."),
            PatternDetector.of("\\b((?:Mr|Mrs|Ms|Mx|Mme|Mlle|Sr|Sra|Srta)\\.?\\s+" + NAME_WORD + "|Miss\\s+"
                    + NAME_WORD + ")", 1, Judges::titledName)),

    PATIENT_NAME(Category.NAME,
            "A name or dotted initials right after 'patient', 'pt' or 'client': 'my patient Jane', 'Pt. R.K.'.",
            "Replace the name with a neutral description such as 'a patient in her 60s'.",
            List.of("My patient Jane told me she had stopped her insulin.", "Pt. R.K. was readmitted last week.",
                    "The patient, Maria, asked for an interpreter."),
            List.of("Patient Safety Week starts on Monday.", "Our patients value continuity of care.",
                    "A Checklist for Patient Complaints: reflections after a long run of clinics.",
                    "What Patients Taught Me About Patient Complaints https://notes.example.org/2014/10/x/",
                    "Patient Complaints: Notes From the Ward", "Letters to a New Intern: Patient Complaints: reflections",
                    "The patient experience survey improved this year."),
            PatternDetector.of("(?i:\\b(?:(?:my|our|the|this|a)\\s+)?(?:patient|pt\\.?|client))"
                    + "(?:['’]s\\s+name\\s+(?:is|was)|,)?\\s+(?:(?i:named|called)\\s+)?"
                    + "(?!(?:Safety|Education|Care|Portal|Advocate|Advocacy|Experience|Reported|Outcomes?|Protection"
                    + "|Zero|Information|Health|Centered|Centred|Day|Week|Month|Group|Association|Rights|Privacy"
                    + "|Act|First|Satisfaction|Assessment|Questionnaire|Self|Controlled|Preference|Flow|Navigator"
                    + "|Voices?|Partners|Engagement|Council|Forum|Access|Choice|Records?|Services|Relations|Liaison"
                    + "|Transport|Summary|Then|This|That|It|He|She|We|They|You|So|If|When|As|After|Before|Because"
                    + "|However|Also|In|The|And|But|Dr|Mr|Mrs|Ms|Charter|Identification|Registry|Panel)\\b)"
                    + "(?:" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?|" + INITIALS + ")",
                    0, Judges::notInTitleCase)),

    NAMED_PERSON(Category.NAME,
            "A person 'named' or 'called' something, or 'her name is ...': 'a 45-year-old man named Carlos'.",
            "Leave the name out: 'a man in his 40s' tells the reader all they need.",
            List.of("A 45-year-old man named Carlos came in with a swollen leg.", "Her name was Rosa, and she was 30.",
                    "I met a young woman called Aisha in the waiting room."),
            List.of("The drug is called Paxlovid.", "A syndrome named Takotsubo after an octopus trap.",
                    "The trial was called SPRINT."),
            PatternDetector.of("(?i:\\b(?:" + PERSON_NOUN + "|" + OCCUPATION + "|[\\w-]+[- ]year[- ]old)\\s+(?:named|called)\\s+)"
                    + NAME_WORD + "|(?i:\\b(?:his|her|their|my|the\\s+patient['’]s)\\s+name\\s+(?:is|was)\\s+)"
                    + NAME_WORD, 0, Judge.always(Confidence.HIGH))
                    .within(Vocabulary::wordOrSpace, "name", "called")),

    // ---- Initials with age and sex ------------------------------------------------------------------------------

    INITIALS_AGE_SEX(Category.INITIALS_AGE_SEX,
            "Initials followed by age and sex, the way a chart or a handover names a patient: 'J.D., 62M'.",
            "Drop the initials and write the age as a range: 'a man in his 60s'.",
            List.of("J.D., 62M, presented with syncope.", "A.B., a 34 y/o F, was transferred to us.",
                    "Handover: RK 45 F with migraine."),
            List.of("HR 72, BP 120/80, afebrile.", "ICU, 24 beds, fully staffed.", "The NEJM, 2019 issue."),
            PatternDetector.of("\\b(" + INITIALS + "|[A-Z]{2,3}),?\\s+(?:an?\\s+)?(\\d{1,3})\\s?"
                    + "(?:-?\\s?(?:y/?o|yo|y\\.o\\.|yrs?|years?[- ]old))?\\s?(?:[MF]|male|female)\\b",
                    0, Judges::initialsAgeSex)),

    AGE_SEX_SHORTHAND(Category.INITIALS_AGE_SEX,
            "Age and sex in chart shorthand opening a case: '34F with...', 'a 34 y/o F'. The same shape as a "
                    + "catheter size ('5F sheath'), a temperature ('102F') or a million ('37M') is left alone.",
            "Write the age as a range and the sex as a word: 'a woman in her 30s'.",
            List.of("A 34F with chest pain walked into the ED.", "We saw a 34 y/o F last week.",
                    "67M presenting with haematemesis."),
            List.of("We placed a 5F sheath in the radial artery.", "Her temperature was 102F overnight.",
                    "Obesity affects 37M Americans.", "A 3M respirator was fitted."),
            PatternDetector.of("(?<![\\w.,/-])(\\d{1,3})\\s?(?:-?\\s?(y/?o|yo|y\\.o\\.|yrs?|years?[- ]old))?\\s?"
                    + "([MF])(?![\\w'’/-]|\\.\\d)", 0, Judges::ageSexShorthand)),

    // ---- Dates of care ------------------------------------------------------------------------------------------

    CARE_EVENT_DATE(Category.CARE_DATE,
            "A day or month after a word that only describes one person's care or birth: admitted, discharged, "
                    + "intubated, DOB, date of birth or death. Years alone are allowed by Safe Harbor.",
            "Remove the date or make it relative and vague: 'admitted in the spring' or 'on day 3 of admission'.",
            List.of("She was admitted on March 3, 2024 with sepsis.", "DOB: 04/12/1957, allergic to penicillin.",
                    "He was discharged home on 14 March.", "Intubated 2023-11-02 for hypercapnic failure."),
            List.of("We admitted 40 patients in March 2020.", "On March 3, 2024 we hosted a journal club.",
                    "He was admitted in 2019.", "I was admitted on 3 May 2019 myself, so I know the food.",
                    "He was admitted with a GCS of 3/15."),
            PatternDetector.of("((?i:\\b(?:re-?admitted|admitted|discharged|intubated|extubated|DOB|D\\.O\\.B\\."
                    + "|date\\s+of\\s+(?:birth|death|admission|discharge|service)|birth\\s?date|admission\\s+date"
                    + "|discharge\\s+date))(?![A-Za-z])([^.!?\\n]{0,40}?)\\b(?:" + DATE + "))", 1,
                    Judges::careEventDate)),

    PERSONAL_EVENT_DATE(Category.CARE_DATE,
            "A day or month after born, died, seen, presented, delivered, transferred... when the sentence is about "
                    + "one patient (HIGH) or a he/she (MEDIUM). A public figure's dates pass.",
            "Remove the date or make it relative and vague: 'last spring', 'a few weeks later'.",
            List.of("My patient was seen in clinic on 3/14 for follow-up.",
                    "She died on 12 January 2023 surrounded by family.",
                    "The baby was delivered on June 2 at 34 weeks."),
            List.of("Osler died on December 29, 1919.", "I was born on 4 July 1980 in Leeds.",
                    "The patients were seen on March 3."),
            PatternDetector.of("((?i:\\b(?:born|died|passed\\s+away|deceased|seen|presented|delivered|transferred"
                    + "|operated\\s+on|brought\\s+in|came\\s+in|arrived|coded|visited|found\\s+down))\\b"
                    + "([^.!?\\n]{0,40}?)\\b(?:" + DATE + "))", 1, Judges::personalEventDate)),

    RELATIVE_DAY(Category.CARE_DATE,
            "'Today', 'this morning', 'last night' in a sentence about one patient: with the post's date it dates "
                    + "the encounter.",
            "Drop the time word ('recently', 'once') or wait a while before publishing.",
            List.of("This morning my patient told me she had stopped eating.",
                    "Yesterday a 45-year-old man walked into the ED with chest pain."),
            List.of("Today we review the new hypertension guideline.", "Today is World Kidney Day.",
                    "Patients seen last night waited four hours on average."),
            PatternDetector.of("(?i:\\b(today|this\\s+morning|this\\s+afternoon|this\\s+evening|tonight|last\\s+night"
                    + "|yesterday|earlier\\s+today)\\b)", 1, Judges::relativeDay)),

    // ---- Ages over 89 -------------------------------------------------------------------------------------------

    AGE_OVER_89(Category.AGE_OVER_89,
            "One person's age of 90 or more ('a 92-year-old', 'aged 94', '93 y/o', 'turned 95'). Thresholds, ranges "
                    + "and groups ('adults aged 90 and older') pass.",
            "Write 'aged 90 or older': Safe Harbor groups all ages over 89 together.",
            List.of("A 92-year-old woman fell at home.", "He was 96 years old and still gardening.",
                    "Our patient, aged 94, declined dialysis.", "93 y/o M with delirium.", "She turned 101 last week."),
            List.of("Patients aged 90 and older were excluded.", "Adults over 90 years old need lower doses.",
                    "Among 92-year-olds, falls are common.", "Adults over 65 should be offered the vaccine."),
            PatternDetector.of("\\b((?:9\\d|1[01]\\d)[- ]?(?:years?|yrs?)[- ]?old(?![s\\w-])"
                    + "|(?i:ninety|one\\s+hundred)(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?[- ]"
                    + "(?i:years?)[- ](?i:old)(?![s\\w-])"
                    + "|(?i:aged?:?\\s+)(?:9\\d|1[01]\\d)\\b"
                    + "|(?:9\\d|1[01]\\d)\\s?(?:y/?o|yo|y\\.o\\.)"
                    + "|(?i:turn(?:ed|s|ing)\\s+)(?:9\\d|1[01]\\d)\\b)", 1, Judges::ageOver89)),

    AGE_DECADE_OVER_89(Category.AGE_OVER_89,
            "'In her 90s': a decade above 89 narrows the age more than Safe Harbor's single '90 or older' group.",
            "Write 'aged 90 or older'.",
            List.of("A woman in her 90s came in with pneumonia.", "He is in his nineties and lives alone."),
            List.of("A woman in her 80s came in with pneumonia.", "People in their 90s are the fastest-growing group."),
            PatternDetector.of("(?i:\\bin\\s+(?:his|her)\\s+(?:9\\d['’]?s|nineties|hundreds)\\b)", 0,
                    Judges::decadeOver89)),

    // ---- Phone and fax ------------------------------------------------------------------------------------------

    FAX_NUMBER(Category.PHONE,
            "A number after 'fax'.",
            "Remove the fax number.",
            List.of("Fax: 617-555-0143", "Please fax the results to (212) 555 0199."),
            List.of("The fax machine broke in 2019.", "Fax it to ward 7."),
            PatternDetector.of("(?i:\\bfax(?:\\s*(?:number|no\\.?|#))?\\s*(?:is\\s+|[:#])?\\s*(?:the\\s+\\w+\\s+)?"
                    + "(?:to\\s+|at\\s+|on\\s+)?)(\\+?\\(?\\d[\\d ().-]{5,18}\\d)", 1, Judges::phoneWithTrigger)),

    PHONE_WITH_TRIGGER(Category.PHONE,
            "A number of 7 to 15 digits after 'phone', 'tel', 'cell', 'mobile', 'landline', 'call', 'ring', 'text'. Emergency "
                    + "numbers (911, 999, 112) and toll-free helplines pass. MEDIUM for an organisation's line.",
            "Remove the phone number.",
            List.of("Her cell is 555-867-5309, call anytime.", "Call him on 07700 900123 after six.",
                    "Phone: +44 20 7946 0958", "Her daughter asked us to ring her on 0161 496 0999.",
                    "His landline, 0117 496 0123, is the best way to reach him."),
            List.of("Call 911 if the chest pain returns.", "In the UK, call 999 or 112.",
                    "Call the lifeline at 1-800-273-8255.", "The number needed to treat was 25."),
            PatternDetector.of("(?i:\\b(?:phone|tel\\.?|telephone|cell|cellphone|mobile|landline|home\\s+number|call"
                    + "|text|ring|rang|reach\\s+(?:him|her|them|me))(?:\\s*(?:number|no\\.?|#))?\\s*(?:is\\s+|[:#,])?\\s*"
                    + "(?:(?:him|her|them|me|us)\\s+(?:(?:his|her|their|my)\\s+(?:landline|mobile|cell|phone)\\s*,?\\s*)?)?"
                    + "(?:at\\s+|on\\s+)?)"
                    + "(\\+?\\(?\\d[\\d ().-]{5,18}\\d)", 1, Judges::phoneWithTrigger)),

    PHONE_SHAPE(Category.PHONE,
            "A phone number by its shape alone: (617) 555-0143, 617-555-0143, 617.555.0143, +1 617 555 0143, "
                    + "+44 20 7946 0958.",
            "Remove the phone number.",
            List.of("Her daughter left (617) 555-0143 on the chart.", "The number 617.555.0143 was on his bracelet.",
                    "A relative wrote +44 20 7946 0958 on the form."),
            List.of("Systolic targets of 120-140 mmHg were compared.", "See doi:10.1056/NEJMoa1511939.",
                    "PMID: 31234567", "Open 8:00-17:00, Monday to Friday."),
            PatternDetector.of("(?<![\\w./:+-])(?:(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)[ ]?\\d{3}[ .-]|\\d{3}([.-])\\d{3}\\1)"
                    + "\\d{4}|\\+1[ .-]?\\d{3}[ .-]\\d{3}[ .-]\\d{4}|\\+[2-9]\\d{0,2}[ .-]?\\(?\\d{1,4}\\)?(?:[ .-]?\\d{2,4}){2,4})(?![\\w/-]|[.,]\\d)",
                    0, Judges::phoneShape)),

    // ---- E-mail, SSN --------------------------------------------------------------------------------------------

    EMAIL_ADDRESS(Category.EMAIL,
            "An e-mail address, except the blog's own domain and documentation domains (example.com).",
            "Remove the e-mail address.",
            List.of("He emailed me from jdoe1957@gmail.com.", "Her address is rosa.m@yahoo.co.uk if you need it."),
            List.of("Write to editor@rounds.example.org with corrections.", "Follow @NEJM for updates.",
                    "Use name@example.com as a placeholder."),
            PatternDetector.of("(?<![\\w.%+-])([A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}))"
                    + "\\b", 1, Judges::email)),

    SSN(Category.SSN,
            "A Social Security number: 123-45-6789, or nine digits after 'SSN' / 'social security number'. "
                    + "Numbers never issued (000-, 666-, -00-, -0000) pass.",
            "Remove the Social Security number.",
            List.of("SSN 123-45-6789 was on the referral.", "Her social security number is 219 09 9999."),
            List.of("The ratio was 3-12-2024.", "Use 000-00-0000 in examples.", "Trial NCT01234567 enrolled 4,000."),
            PatternDetector.of("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])|(?i:\\b(?:SSN|social\\s+security"
                    + "(?:\\s+(?:number|no\\.?|#))?)\\s*(?:is\\s+|[:#])?\\s*)\\d{3}[ -]?\\d{2}[ -]?\\d{4}\\b",
                    0, Judges::ssn)),

    // ---- Record, account and plan numbers ------------------------------------------------------------------------

    MEDICAL_RECORD_NUMBER(Category.RECORD_NUMBER,
            "A number of 4 or more digits after MRN, medical record number, chart number, hospital number, NHS "
                    + "number or patient ID.",
            "Remove the record number; no reader needs it.",
            List.of("MRN: 00482913, bed 4.", "Her NHS number is 943 476 5919.", "Patient ID #A1234567 on the label."),
            List.of("Patient number 3 had the worst outcome.", "The medical record is a legal document.",
                    "MRN fields must never be tweeted."),
            PatternDetector.of("(?i:\\b(?:MRN|MR#|MR\\s?No\\.?|medical\\s+record\\s*(?:number|no\\.?|#|:)"
                    + "|chart\\s+(?:number|no\\.?|#)|hospital\\s+(?:number|no\\.?|#|ID)|NHS\\s+(?:number|no\\.?)"
                    + "|CHI\\s+(?:number|no\\.?)|patient\\s+(?:ID|identifier|number|no\\.?)|record\\s+(?:number"
                    + "|no\\.?|#)|UR\\s+(?:number|no\\.?)))(?:\\s*#)?\\s*(?:(?i:is|was)\\s+|[:#=]\\s*)?(" + ID_TOKEN
                    + ")", 0, Judges::recordNumber)),

    ACCOUNT_NUMBER(Category.RECORD_NUMBER,
            "A number of 4 or more digits after account, billing, invoice, claim, encounter or visit number.",
            "Remove the account number.",
            List.of("Account number 7741-2290-18 was on the bill.", "Claim #88412097 was denied twice."),
            List.of("Visit number 4 went better.", "Take into account the 2019 data.",
                    "Claims rose 12% in 2023."),
            PatternDetector.of("(?i:\\b(?:account|acct\\.?|billing|invoice|claim|encounter|visit|case|FIN|CSN)"
                    + "\\s*(?:number|no\\.?|#|ID))\\s*(?:(?i:is|was)\\s+|[:#=]\\s*)?(" + ID_TOKEN + ")", 0,
                    Judges::recordNumber)),

    HEALTH_PLAN_NUMBER(Category.RECORD_NUMBER,
            "A member, subscriber, beneficiary, policy, insurance, Medicaid or Medicare number; MBI or HICN.",
            "Remove the health-plan number.",
            List.of("Member ID: XJH448812903 on the card.", "Her Medicare number is 1EG4-TE5-MK73.",
                    "Policy number 55-881234 lapsed."),
            List.of("Medicare covered 2019 costs only in part.", "Policy changes in 2024 were minor.",
                    "Member states adopted it in 2021."),
            PatternDetector.of("(?i:\\b(?:(?:member|subscriber|beneficiary|policy|insurance|health\\s+plan|plan|group"
                    + "|medicaid|medicare|insurance\\s+card)\\s*(?:number|no\\.?|#|ID)|MBI|HICN))\\s*"
                    + "(?:(?i:is|was)\\s+|[:#=]\\s*)?(" + ID_TOKEN + ")", 0, Judges::recordNumber)),

    MEDICARE_BENEFICIARY_ID(Category.RECORD_NUMBER,
            "A Medicare Beneficiary Identifier by its shape (11 characters, e.g. 1EG4-TE5-MK73).",
            "Remove the Medicare number.",
            List.of("The card read 1EG4-TE5-MK73."),
            List.of("The CHA2DS2-VASc score was 4.", "Use ICD-10 code I21.4 for NSTEMI."),
            PatternDetector.of("\\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]"
                    + "\\d-?[AC-HJKMNP-RT-Y]{2}\\d{2}\\b", 0, Judge.always(Confidence.MEDIUM))),

    // ---- Licences, devices, vehicles ----------------------------------------------------------------------------

    LICENCE_NUMBER(Category.LICENSE_NUMBER,
            "A licence, certificate, passport, permit, DEA or NPI number.",
            "Remove the licence or certificate number.",
            List.of("His driver's license number is D1234-56789.", "Death certificate no. 2023-004512 listed sepsis.",
                    "NPI 1234567893 appears on the script.", "Passport: 533380006 was in her bag."),
            List.of("Licensed in 2015, she now runs the unit.", "The text is under a CC BY 4.0 license.",
                    "The 2023 certificate course was full.", "She renewed her nursing licence in 2019."),
            PatternDetector.of("(?i:\\b(?:(?:driver['’]?s\\s+|driving\\s+|medical\\s+|nursing\\s+|professional\\s+"
                    + "|state\\s+)?licen[cs]e(?!\\s+plate)|DEA|NPI|passport|(?:birth|death|marriage)\\s+certificate"
                    + "|certificate|permit)\\b)(\\s*(?:(?i:number|no\\.?|#|ID))?\\s*(?:(?i:is|was)\\s+|[:#=,]\\s*)?)("
                    + ID_TOKEN + ")", 0, Judges::licenceNumber)),

    DEVICE_SERIAL(Category.DEVICE_ID,
            "A serial number or device identifier (S/N, UDI, IMEI, device ID) with 4 or more digits.",
            "Remove the serial number; the device model is enough.",
            List.of("Pacemaker serial number PJN612345 was interrogated.", "S/N: 4412-88A7 on the pump.",
                    "The UDI (01)00844588003288 matched the recall."),
            List.of("Serial troponins were negative.", "We took serial ECGs every hour.",
                    "Device ID badges are optional."),
            PatternDetector.of("(?:(?i:\\b(?:serial(?:\\s+(?:number|no\\.?|#))?|device\\s+(?:ID|identifier|serial"
                    + "(?:\\s+number)?)|UDI|IMEI|implant\\s+ID))|\\bS/N|\\bSN)(?![A-Za-z])\\s*(?:(?i:is|was)\\s+"
                    + "|[:#=]\\s*)?([A-Za-z0-9(][A-Za-z0-9()/-]{3,40})", 0, Judges::recordNumber)),

    VEHICLE_IDENTIFICATION_NUMBER(Category.VEHICLE_ID,
            "A 17-character VIN: HIGH after 'VIN', MEDIUM by shape alone.",
            "Remove the vehicle number.",
            List.of("VIN 1HGCM82633A004352 was in the crash report.", "The car, 1HGCM82633A004352, was towed."),
            List.of("The VIN is on the dashboard.", "ABCDEFGHJKLMNPRST is not a VIN."),
            PatternDetector.of("(?:(?i:\\bVIN\\b(?:\\s*(?:number|no\\.?|#))?)\\s*(?:(?i:is|was)\\s+|[:#=,]\\s*)?)?"
                    + "\\b([A-HJ-NPR-Z0-9]{17})\\b", 0, Judges::vin)),

    LICENCE_PLATE(Category.VEHICLE_ID,
            "A licence plate after 'plate', 'number plate', 'tag number' or 'vehicle registration'.",
            "Remove the plate number.",
            List.of("His license plate 7ABC123 was caught on camera.", "Number plate: AB12 CDE"),
            List.of("A plate count of 12 was reported.", "Platelets were 45 on admission.",
                    "Trial registration NCT01234567."),
            PatternDetector.of("(?i:\\b(?:licen[cs]e\\s+plate|number\\s+plate|registration\\s+plate|plate|tag\\s+number"
                    + "|(?:vehicle|car)\\s+registration(?:\\s+number)?)\\b)(?:\\s*(?:(?i:number|no\\.?|#)))?\\s*"
                    + "(?:(?i:is|was|reads|reading)\\s+|[:#=,]\\s*)?([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})\\b", 1,
                    Judges::licencePlate)),

    // ---- Network ------------------------------------------------------------------------------------------------

    IPV4_ADDRESS(Category.IP_ADDRESS,
            "A dotted IPv4 address; version numbers and localhost pass.",
            "Remove the IP address.",
            List.of("The portal logged her in from 203.0.113.42.", "Requests came from 198.51.100.7 all night."),
            List.of("We upgraded to version 2.10.3.1 of the EHR.", "The OID 2.16.840.1.113883 is public.",
                    "Run it locally on 127.0.0.1.", "See section 3.2.1.0 of the guideline."),
            PatternDetector.of("(?<![\\w.])((?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d"
                    + "|[1-9]?\\d)){3})(?!\\w|\\.\\d)", 1, Judges::ipv4)),

    IPV6_ADDRESS(Category.IP_ADDRESS,
            "An IPv6 address, full or compressed.",
            "Remove the IP address.",
            List.of("The login came from 2001:db8:85a3::8a2e:370:7334."),
            List.of("The meeting is at 10:30:45.", "Mix in a 1:2:3 ratio."),
            PatternDetector.of("(?<![\\w:])((?:[0-9A-Fa-f]{1,4}:){1,7}(?::?[0-9A-Fa-f]{1,4}){1,7}"
                    + "|(?:[0-9A-Fa-f]{1,4}:){1,7}:)(?![\\w:])", 1, Judges::ipv6)),

    // ---- Geography ----------------------------------------------------------------------------------------------

    STREET_ADDRESS(Category.STREET_ADDRESS,
            "A house number, street name and street type, or a PO box. HIGH where someone lives; an organisation's "
                    + "address (clinic, venue) passes.",
            "Replace the address with the kind of place: 'a flat on the edge of town'.",
            List.of("She lives at 42 Elm Street with her son.", "He was found outside 1600 W Madison Ave.",
                    "Send it to P.O. Box 4471."),
            List.of("Our clinic moved to 200 First Street in May.", "The 2019 SPRINT trial changed practice.",
                    "We hosted grand rounds at 55 Fruit Street."),
            PatternDetector.of("\\b(\\d{1,5}[A-Za-z]?\\s+(?:(?:N|S|E|W|North|South|East|West)\\.?\\s+)?(?:" + NAME_WORD
                    + "|\\d{1,3}(?:st|nd|rd|th))(?:\\s+" + NAME_WORD + "){0,2}\\s+(?:Street|St|Avenue|Ave|Road|Rd"
                    + "|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Crescent|Close|Circle|Parkway"
                    + "|Pkwy|Highway|Hwy|Square|Sq|Trail)\\b(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat)\\.?\\s*#?"
                    + "\\w+)?|(?i:P\\.?\\s?O\\.?\\s+Box)\\s+\\d{1,6})", 1, Judges::streetAddress)),

    ZIP_CODE(Category.ZIP_CODE,
            "Five digits after 'ZIP', 'zip code' or a US state abbreviation. HIGH next to a patient, dropped in "
                    + "population or organisation sentences ('asthma rates in ZIP code 10456').",
            "Name the region instead: 'in the Bronx' or 'in an inner-city neighbourhood'.",
            List.of("Her ZIP code is 10456.", "He lives in Boston, MA 02115 with his wife.", "Zip: 60614"),
            List.of("Asthma rates in ZIP code 10456 are double the city average.",
                    "Our hospital is in Boston, MA 02114.", "We enrolled 12345 participants."),
            PatternDetector.of("(?:(?i:\\b(?:zip(?:\\s*code)?|postal\\s+code|postcode)\\b)\\s*(?:(?i:is|of)\\s+|[:#,]\\s*)?"
                    + "|\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
                    + "|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\\s+)"
                    + "(\\d{5}(?:-\\d{4})?)\\b", 0, Judges::zipCode)),

    ZIP_OF_RESIDENCE(Category.ZIP_CODE,
            "Five digits after 'lives in', 'moved to', 'home in': a ZIP code as a place of residence.",
            "Name the region instead: 'in a rural county'.",
            List.of("She lives in 10027 and walks to clinic.", "They moved to 94110 last year."),
            List.of("The program lives in 12 clinics.", "Home to 40000 residents, the town is small."),
            PatternDetector.of("(?i:\\b(?:lives?|lived|living|resides?|resided|residing|moved|home)\\s+(?:in|to)\\s+"
                    + "(?:the\\s+)?)(\\d{5}(?:-\\d{4})?)\\b", 0, Judges::zipOfResidence)),

    // ---- Links (tweets only) ------------------------------------------------------------------------------------

    EXTERNAL_LINK(Category.EXTERNAL_LINK,
            "In a tweet, a link to any site but the blog. A teaser exists to bring readers back to the post, so its "
                    + "one link points there; any other link (a news story, a fundraiser, a photo, a profile) is "
                    + "where a teaser can give a patient away, and the guard cannot tell a harmless reference from "
                    + "that. References belong in the post, where this rule does not run.",
            "Link to the post instead, and cite the source there.",
            List.of("Great read: https://www.nejm.org/doi/full/10.1056/NEJMoa1511939",
                    "Her story is at gofundme.com/f/help-rosa"),
            List.of("New post: https://rounds.example.org/2024/sprint", "Read it at www.rounds.example.org/blog",
                    "Cite doi:10.1056/NEJMoa1511939 in the post."),
            new ExternalLinkDetector(), true);

    private final Category category;
    private final String description;
    private final String suggestion;
    private final List<String> positiveExamples;
    private final List<String> negativeExamples;
    private final Detector detector;
    private final boolean tweetsOnly;

    Rule(Category category, String description, String suggestion, List<String> positiveExamples,
         List<String> negativeExamples, Detector detector) {
        this(category, description, suggestion, positiveExamples, negativeExamples, detector, false);
    }

    Rule(Category category, String description, String suggestion, List<String> positiveExamples,
         List<String> negativeExamples, Detector detector, boolean tweetsOnly) {
        this.category = Objects.requireNonNull(category);
        this.description = Objects.requireNonNull(description);
        this.suggestion = Objects.requireNonNull(suggestion);
        this.positiveExamples = List.copyOf(positiveExamples);
        this.negativeExamples = List.copyOf(negativeExamples);
        this.detector = Objects.requireNonNull(detector);
        this.tweetsOnly = tweetsOnly;
    }

    /** The rule's name in findings and reports, e.g. {@code titled-name}. */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Category category() {
        return category;
    }

    /** What the rule catches and why. */
    public String description() {
        return description;
    }

    /** How the author fixes a finding. */
    public String suggestion() {
        return suggestion;
    }

    /** Sentences the rule must flag (tested). */
    public List<String> positiveExamples() {
        return positiveExamples;
    }

    /** Sentences the rule must not flag (tested). */
    public List<String> negativeExamples() {
        return negativeExamples;
    }

    /** Whether the rule runs on tweets only, not on post bodies. */
    public boolean tweetsOnly() {
        return tweetsOnly;
    }

    List<Hit> find(String text, String blogHost) {
        return find(new ScannedText(text), blogHost);
    }

    /** The rule's hits in a text that every rule of a scan shares. */
    List<Hit> find(ScannedText text, String blogHost) {
        return mayMatch(text) ? detector.find(text.text(), blogHost) : List.of();
    }

    /** The rule's detector (for tests). */
    Detector detector() {
        return detector;
    }

    /** The detector alone, without {@link #mayMatch} (for the test that the two agree). */
    List<Hit> findUnfiltered(String text, String blogHost) {
        return detector.find(text, blogHost);
    }

    boolean mayMatch(String text) {
        return mayMatch(new ScannedText(text));
    }

    /**
     * A test that every text this rule can match passes, far cheaper than the rule's pattern; a text that fails it is
     * not scanned. Each holds by the pattern's shape: a digit (or a run of digits) that no alternative can do without
     * (every date, number and ID token has one), the '@' of an e-mail address, the ':' of an IPv6 address, a word
     * every alternative contains (matched without regard to ASCII case where the pattern ignores case, exactly
     * where it does not). {@code RulePrefilterTest} checks every example and generated texts against the pattern.
     */
    boolean mayMatch(ScannedText text) {
        return switch (this) {
            case INITIALS_AGE_SEX, AGE_SEX_SHORTHAND, PHONE_SHAPE, SSN, MEDICAL_RECORD_NUMBER,
                 MEDICARE_BENEFICIARY_ID, IPV4_ADDRESS, STREET_ADDRESS -> text.hasRun(1, true);
            // A digit, and a word every trigger of the rule contains ("telephone" holds "tel", "date of birth" and
            // "admission date" hold "date"). A teaser's link has digits, so the digit alone let every tweet through.
            case CARE_EVENT_DATE -> text.hasRun(1, true) && text.containsAny(TriggerWords.CARE_EVENT);
            case PERSONAL_EVENT_DATE -> text.hasRun(1, true) && text.containsAny(TriggerWords.PERSONAL_EVENT);
            case FAX_NUMBER -> text.hasRun(1, true) && text.containsAny(TriggerWords.FAX);
            case PHONE_WITH_TRIGGER -> text.hasRun(1, true) && text.containsAny(TriggerWords.PHONE);
            case ACCOUNT_NUMBER -> text.hasRun(1, true) && text.containsAny(TriggerWords.ACCOUNT);
            case HEALTH_PLAN_NUMBER -> text.hasRun(1, true) && text.containsAny(TriggerWords.HEALTH_PLAN);
            case LICENCE_NUMBER -> text.hasRun(1, true) && text.containsAny(TriggerWords.LICENCE);
            case ZIP_CODE, ZIP_OF_RESIDENCE -> text.hasRun(5, true);
            case VEHICLE_IDENTIFICATION_NUMBER -> text.hasRun(17, false);
            case EMAIL_ADDRESS -> text.contains('@');
            // Every form opens with up to four hex digits and a colon; "https:" is none.
            case IPV6_ADDRESS -> text.hasHexColon();
            case AGE_OVER_89 -> text.hasRun(2, true) || text.containsAny(TriggerWords.NINETY);
            case AGE_DECADE_OVER_89 -> text.hasRun(1, true) || text.containsAny(TriggerWords.NINETIES);
            case NAMED_PERSON -> text.containsAny(TriggerWords.NAMED);
            case PATIENT_NAME -> text.containsAny(TriggerWords.PATIENT);
            case RELATIVE_DAY -> text.containsAny(TriggerWords.TIME_OF_DAY);
            case LICENCE_PLATE -> text.containsAny(TriggerWords.PLATE);
            case DEVICE_SERIAL -> text.containsAny(TriggerWords.DEVICE)
                    || text.contains("SN") || text.contains("S/N");
            case TITLED_NAME -> text.contains("Mr") || text.contains("Ms") || text.contains("Mx")
                    || text.contains("Mme") || text.contains("Mlle") || text.contains("Sr") || text.contains("Miss");
            default -> true;
        };
    }
}
